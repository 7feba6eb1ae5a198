package chat.messaging.internal.infrastructure;

import java.util.ArrayList;
import java.util.List;

import chat.messaging.api.MessageStored;
import chat.messaging.api.MessagesStored;
import chat.messaging.internal.application.ConversationEvent;
import chat.messaging.internal.application.MessageEvents;
import chat.messaging.internal.application.MessageJson;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.Reactions;
import chat.platform.json.Json;
import chat.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A stored message leaves as one small event on the conversation-event topic (every node reads
 * it once, whatever the group's size), with the message inline when it is small; each node turns
 * it into {@code notify} frames for its own connections. Recalls, pins and reactions travel the same way.
 */
@ApplicationScoped
class OutboxMessageEvents implements MessageEvents {

    /** Larger messages are not inlined: clients pull them. */
    static final int INLINE_LIMIT = 2_000;

    @Inject
    Outbox outbox;

    @Inject
    MessageJson messageJson;

    @Inject
    Event<MessagesStored> stored;

    /** One outbox row per message, written for the batch with one statement. */
    @Override
    public void stored(List<Message> messages) {
        List<Outbox.Entry> rows = new ArrayList<>(messages.size());
        for (Message m : messages) {
            var notify = Json.createObjectBuilder().add("type", "notify").add("groupId", m.groupId()).add("seq", m.seq());
            if (m.text() == null || m.text().length() <= INLINE_LIMIT) {
                notify.add("items", Json.createArrayBuilder().add(messageJson.of(m)));
            }
            rows.add(new Outbox.Entry(m.groupId(), new ConversationEvent(m.groupId(), notify.build()).toJson()));
        }
        outbox.addAll(ConversationEvent.TOPIC, rows);
        stored.fire(new MessagesStored(messages.stream()
                .map(m -> new MessageStored(m.groupId(), m.seq(), m.senderId(), m.type().name(), m.sentAt(), m.text(),
                        m.mentions().userIds(), m.mentions().all())).toList()));
    }

    @Override
    public void recalled(Message m, String byUserId) {
        publish(m.groupId(), by(Json.createObjectBuilder().add("type", "event").add("event", "message.recalled")
                .add("groupId", m.groupId()).add("seq", m.seq()), byUserId).build());
    }

    @Override
    public void pinned(String groupId, long seq, String byUserId, boolean pinned) {
        publish(groupId, by(Json.createObjectBuilder().add("type", "event")
                .add("event", pinned ? "message.pinned" : "message.unpinned")
                .add("groupId", groupId).add("seq", seq), byUserId).build());
    }

    /** Who did it: {@code byUserId}, or {@code byOperator: true} for the operator (null). */
    private static JsonObjectBuilder by(JsonObjectBuilder event, String byUserId) {
        return byUserId == null ? event.add("byOperator", true) : event.add("byUserId", byUserId);
    }

    /** The counts, and who changed which emoji, so each client sets its own {@code mine} (and its other devices theirs). */
    @Override
    public void reactions(String groupId, long seq, Reactions reactions, String byUserId, String emoji, boolean added) {
        publish(groupId, Json.createObjectBuilder().add("type", "event").add("event", "message.reactions")
                .add("groupId", groupId).add("seq", seq).add("reactions", MessageJson.reactions(reactions, null))
                .add("byUserId", byUserId).add("emoji", emoji).add("added", added).build());
    }

    private void publish(String groupId, JsonObject frame) {
        outbox.add(ConversationEvent.TOPIC, groupId, new ConversationEvent(groupId, frame).toJson());
    }
}
