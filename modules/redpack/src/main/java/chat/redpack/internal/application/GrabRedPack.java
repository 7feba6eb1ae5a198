package chat.redpack.internal.application;

import java.time.Instant;

import chat.groups.api.ConversationDirectory;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRefusals;
import chat.redpack.internal.domain.PacketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Grab: a member asks for a share. No database write: the shared cache's counter of remaining
 * shares is decremented (never below zero) and the member marked; the amount is decided at open.
 */
@ApplicationScoped
public class GrabRedPack {

    @Inject
    PacketRepository packets;

    @Inject
    ConversationDirectory conversations;

    @Inject
    Grabs grabs;

    public void grab(String packetId, String userId) {
        Packet packet = RedPacketAccess.visible(packets, conversations, packetId, userId);
        if (!packet.grabbableBy(userId)) {
            throw new ForbiddenException(ErrorCode.NOT_ALLOWED, "a direct chat's red packet is for the other person");
        }
        if (packets.claim(packetId, userId).isPresent()) {
            throw PacketRefusals.alreadyGrabbed();
        }
        if (packet.expiredAt(Instant.now())) {
            throw PacketRefusals.expired();
        }
        if (packet.status() == Packet.Status.FINISHED) {
            throw PacketRefusals.soldOut();
        }
        switch (grabs.grab(packet, userId)) {
            case GRANTED -> { }
            case ALREADY_GRABBED -> throw PacketRefusals.alreadyGrabbed();
            case SOLD_OUT -> throw PacketRefusals.soldOut();
            default -> throw new IllegalStateException();
        }
    }
}
