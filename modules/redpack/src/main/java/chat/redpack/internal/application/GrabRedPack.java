package chat.redpack.internal.application;

import java.time.Instant;

import chat.groups.api.ConversationDirectory;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ForbiddenException;
import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;
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
            throw new ForbiddenException("NOT_ALLOWED", "a direct chat's red packet is for the other person");
        }
        if (packets.claim(packetId, userId).isPresent()) {
            throw new ConflictException("ALREADY_GRABBED", "you have your share of this red packet");
        }
        if (packet.expiredAt(Instant.now())) {
            throw new ConflictException("EXPIRED", "this red packet expired");
        }
        if (packet.status() == Packet.Status.FINISHED) {
            throw new ConflictException("SOLD_OUT", "every share of this red packet is taken");
        }
        switch (grabs.grab(packet, userId)) {
            case GRANTED -> { }
            case ALREADY_GRABBED -> throw new ConflictException("ALREADY_GRABBED", "you grabbed this red packet already");
            case SOLD_OUT -> throw new ConflictException("SOLD_OUT", "every share of this red packet is taken");
            default -> throw new IllegalStateException();
        }
    }
}
