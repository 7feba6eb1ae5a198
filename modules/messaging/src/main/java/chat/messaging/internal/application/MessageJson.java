package chat.messaging.internal.application;

import java.util.List;
import java.util.Set;

import chat.media.api.MediaInfo;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Reactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Messages as the WebSocket frames carry them ({@code notify} items, {@code pull} answers):
 * {@code {groupId, seq, senderId, clientMsgId, type, text, media, sentAt, recalled}}, with
 * {@code media} described by the media module (fresh signed links), {@code redpack: {id}} on
 * red-packet messages, {@code mentions} and {@code mentionAll} only on messages that mention, and
 * {@code replyTo: {seq, senderId, type, preview}} only on replies, {@code reactions: [{emoji, count,
 * mine}]} only on messages with reactions ({@code mine}: the reader's own), {@code forwarded: true} only
 * on forwards. The REST answer
 * ({@code MessageView}) writes the same bytes, and a unit test holds the two together.
 */
// JSON-P, not JSON-B: these objects go into frames built on the push/pull hot path.
@ApplicationScoped
public class MessageJson {

    @Inject
    MessageDetails details;

    /** A new message as every member's notify carries it. */
    public JsonObject of(Message m) {
        return json(details.of(List.of(m)).get(0));
    }

    /** A page of one conversation as this reader sees it. */
    public List<JsonObject> ofAll(List<Message> messages, String readerId) {
        return details.of(messages, readerId).stream().map(MessageJson::json).toList();
    }

    public static JsonObject json(MessageDetails.Detailed d) {
        return json(d.message(), d.media(), d.myReactions());
    }

    /** One message, given the description of its media (null when it carries none). */
    public static JsonObject json(Message m, MediaInfo mediaInfo) {
        return json(m, mediaInfo, Set.of());
    }

    /** One message, given the description of its media and the emoji its reader reacted with. */
    public static JsonObject json(Message m, MediaInfo mediaInfo, Set<String> myReactions) {
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
        if (!m.reactions().isEmpty()) {
            json.add("reactions", reactions(m.reactions(), myReactions));
        }
        if (m.forwarded()) {
            json.add("forwarded", true);
        }
        return json.add("sentAt", m.sentAt().toString())
                .add("recalled", m.recalled())
                .build();
    }

    /** The counts as members see them; {@code mine} when {@code myReactions} is given (null: the counts alone, as events carry them). */
    public static JsonArrayBuilder reactions(Reactions reactions, Set<String> myReactions) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Reactions.Count c : reactions.counts()) {
            JsonObjectBuilder count = Json.createObjectBuilder().add("emoji", c.emoji()).add("count", c.count());
            if (myReactions != null) {
                count.add("mine", myReactions.contains(c.emoji()));
            }
            array.add(count);
        }
        return array;
    }
}
