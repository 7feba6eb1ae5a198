package chat.redpack.internal.domain;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;

/** The conflicts a grab or an open meets, worded once: a client shows the same words for the same state. */
public final class PacketRefusals {

    private PacketRefusals() {
    }

    public static ConflictException soldOut() {
        return new ConflictException(ErrorCode.SOLD_OUT, "every share of this red packet is taken");
    }

    public static ConflictException expired() {
        return new ConflictException(ErrorCode.EXPIRED, "this red packet expired");
    }

    public static ConflictException alreadyGrabbed() {
        return new ConflictException(ErrorCode.ALREADY_GRABBED, "you have your share of this red packet");
    }
}
