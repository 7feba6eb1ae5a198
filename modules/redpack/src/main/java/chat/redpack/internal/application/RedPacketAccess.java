package chat.redpack.internal.application;

import chat.groups.api.ConversationDirectory;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;

/** A packet is visible to the members of its conversation only; to anyone else it does not exist. */
final class RedPacketAccess {

    private RedPacketAccess() {
    }

    static Packet visible(PacketRepository packets, ConversationDirectory conversations, String packetId, String userId) {
        return packets.find(packetId)
                .filter(p -> conversations.membership(p.conversationId(), userId).isPresent())
                .orElseThrow(() -> new NotFoundException("no red packet " + packetId + " in your conversations"));
    }
}
