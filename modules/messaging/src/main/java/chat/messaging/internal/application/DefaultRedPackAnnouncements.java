package chat.messaging.internal.application;

import chat.messaging.api.RedPackAnnouncements;
import chat.messaging.internal.domain.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A red packet's message: stored like a member's send (the red-packet module checked the right to post). */
@ApplicationScoped
class DefaultRedPackAnnouncements implements RedPackAnnouncements {

    @Inject
    StoreMessage store;

    @Override
    public long announce(String groupId, String senderId, String packetId, String greeting) {
        return store.store(new StoreMessage.Unstored(groupId, senderId, "redpack:" + packetId, MessageType.REDPACK,
                greeting, packetId)).message().seq();
    }
}
