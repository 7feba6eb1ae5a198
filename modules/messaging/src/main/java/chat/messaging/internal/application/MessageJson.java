package chat.messaging.internal.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import chat.media.api.MediaCatalog;
import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Messages as clients see them: {@code {groupId, seq, senderId, clientMsgId, type, text, media,
 * sentAt, recalled}}, with {@code media} described by the media module (fresh signed links) and
 * {@code redpack: {id}} on red-packet messages. A page of messages asks for its media at once.
 */
@ApplicationScoped
public class MessageJson {

    @Inject
    MediaCatalog media;

    public JsonObject of(Message m) {
        return ofAll(List.of(m)).get(0);
    }

    public List<JsonObject> ofAll(List<Message> messages) {
        List<String> mediaIds = messages.stream().filter(m -> m.type().isMedia() && !m.recalled())
                .map(Message::attachmentId).filter(Objects::nonNull).distinct().toList();
        Map<String, MediaInfo> described = mediaIds.isEmpty() ? Map.of() : media.describe(mediaIds);
        return messages.stream().map(m -> json(m, m.type().isMedia() ? described.get(m.attachmentId()) : null)).toList();
    }

    private static JsonObject json(Message m, MediaInfo mediaInfo) {
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
        return json.add("sentAt", m.sentAt().toString())
                .add("recalled", m.recalled())
                .build();
    }
}
