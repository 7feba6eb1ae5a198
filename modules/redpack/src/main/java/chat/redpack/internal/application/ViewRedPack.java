package chat.redpack.internal.application;

import java.util.List;

import chat.groups.api.ConversationDirectory;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A packet as its conversation's members see it: what is left, and who claimed how much. */
@ApplicationScoped
public class ViewRedPack {

    @Inject
    PacketRepository packets;

    @Inject
    ConversationDirectory conversations;

    public record View(Packet packet, List<Claim> claims) {
    }

    public View view(String packetId, String userId) {
        Packet packet = RedPacketAccess.visible(packets, conversations, packetId, userId);
        return new View(packet, packets.claims(packetId));
    }
}
