package chat.messaging.internal.application;

import java.util.List;

import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Messages as the WebSocket frames carry them ({@code notify} items, {@code pull} answers):
 * {@code {groupId, seq, senderId, clientMsgId, type, text, media, sentAt, recalled}}, with
 * {@code media} described by the media module (fresh signed links), {@code redpack: {id}} on
 * red-packet messages, {@code mentions} and {@code mentionAll} only on messages that mention, and
 * {@code replyTo: {seq, senderId, type, preview}} only on replies. The REST answer
 * ({@code MessageView}) writes the same bytes, and a unit test holds the two together.
 */
// JSON-P, not JSON-B: these objects go into frames built on the push/pull hot path.
@ApplicationScoped
public class MessageJson {

    @Inject
    AttachedMedia attachedMedia;

    public JsonObject of(Message m) {
        return ofAll(List.of(m)).get(0);
    }

    public List<JsonObject> ofAll(List<Message> messages) {
        return attachedMedia.of(messages).stream().map(w -> json(w.message(), w.media())).toList();
    }

    /** One message, given the description of its media (null when it carries none). */
    public static JsonObject json(Message m, MediaInfo mediaInfo) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("groupId", m.groupId())
                .add("seq", m.seq())
                .add("senderId", m.senderId())
                .add("clientMsgId", m.clientMsgId())
                .add("type", m.type().name());
        if (m.text() == null) {
            json.addNull("text");
        } else {
            json.add("text", m.text());
        }
        if (mediaInfo == null) {
            json.addNull("media");
        } else {
            json.add("media", mediaInfo.toJson());
        }
        if (m.type() == MessageType.REDPACK && m.attachmentId() != null) {
            json.add("redpack", Json.createObjectBuilder().add("id", m.attachmentId()));
        }
        if (!m.mentions().userIds().isEmpty()) {
            json.add("mentions", Json.createArrayBuilder(m.mentions().userIds()));
        }
        if (m.mentions().all()) {
            json.add("mentionAll", true);
        }
        if (m.replyTo() != null) {
            json.add("replyTo", Json.createObjectBuilder().add("seq", m.replyTo().seq())
                    .add("senderId", m.replyTo().senderId()).add("type", m.replyTo().type().name())
                    .add("preview", m.replyTo().preview()));
        }
        return json.add("sentAt", m.sentAt().toString())
                .add("recalled", m.recalled())
                .build();
    }
}
