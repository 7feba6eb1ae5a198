package chat.messaging.internal.infrastructure;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.messaging.internal.domain.Reactions;
import chat.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * A contiguous run of a conversation's newest messages, ending at the newest one the window
 * knows of. It answers a range only when it holds all of it.
 */
record RecentWindow(List<Message> messages) {

    static final int SIZE = 200;

    static RecentWindow of(List<Message> ascending) {
        return new RecentWindow(List.copyOf(ascending));
    }

    /**
     * The range when the window surely holds all of it: it starts at or before {@code after + 1}
     * and reaches {@code until} (a window may lag the newest commit by a moment, so a range
     * without an upper end is never answered from here).
     */
    Optional<List<Message>> slice(long after, long until, int limit) {
        if (messages.isEmpty() || until > messages.get(messages.size() - 1).seq()) {
            return Optional.empty();
        }
        if (after + 1 < messages.get(0).seq()) {
            return Optional.empty();
        }
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (m.seq() > after && m.seq() <= until && out.size() < limit) {
                out.add(m);
            }
        }
        return Optional.of(out);
    }

    /** This window with the message after its last one; empty when the message does not follow it. */
    Optional<RecentWindow> append(Message message) {
        long last = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).seq();
        if (message.seq() != last + 1) {
            return Optional.empty();
        }
        List<Message> next = new ArrayList<>(messages);
        next.add(message);
        return Optional.of(new RecentWindow(next.size() > SIZE ? next.subList(next.size() - SIZE, next.size()) : next));
    }

    String encode() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Message m : messages) {
            var json = Json.createObjectBuilder().add("g", m.groupId()).add("s", m.seq()).add("u", m.senderId())
                    .add("c", m.clientMsgId()).add("t", m.type().name()).add("at", m.sentAt().toString())
                    .add("r", m.recalled());
            if (m.text() != null) {
                json.add("x", m.text());
            }
            if (m.attachmentId() != null) {
                json.add("m", m.attachmentId());
            }
            if (!m.mentions().userIds().isEmpty()) {
                json.add("n", Json.createArrayBuilder(m.mentions().userIds()));
            }
            if (m.mentions().all()) {
                json.add("l", true);
            }
            if (m.replyTo() != null) {
                json.add("q", Json.createObjectBuilder().add("s", m.replyTo().seq()).add("u", m.replyTo().senderId())
                        .add("t", m.replyTo().type().name()).add("p", m.replyTo().preview()));
            }
            if (!m.reactions().isEmpty()) {
                var reactions = Json.createArrayBuilder();
                m.reactions().counts().forEach(c -> reactions.add(Json.createArrayBuilder().add(c.emoji()).add(c.count())));
                json.add("e", reactions);
            }
            if (m.forwarded()) {
                json.add("f", true);
            }
            array.add(json);
        }
        return array.build().toString();
    }

    static RecentWindow decode(String text) {
        List<Message> messages = new ArrayList<>();
        for (JsonObject j : Json.createReader(new StringReader(text)).readArray().getValuesAs(JsonObject.class)) {
            messages.add(new Message(j.getString("g"), j.getJsonNumber("s").longValue(), j.getString("u"),
                    j.getString("c"), MessageType.valueOf(j.getString("t")), j.getString("x", null),
                    j.getString("m", null), Instant.parse(j.getString("at")), j.getBoolean("r"), mentions(j), quote(j),
                    reactions(j), j.getBoolean("f", false)));
        }
        return new RecentWindow(messages);
    }

    private static Mentions mentions(JsonObject j) {
        JsonArray userIds = j.getJsonArray("n");
        boolean all = j.getBoolean("l", false);
        if (userIds == null && !all) {
            return Mentions.NONE;
        }
        return new Mentions(userIds == null ? List.of() : userIds.getValuesAs(JsonString::getString), all);
    }

    private static Quote quote(JsonObject j) {
        JsonObject q = j.getJsonObject("q");
        return q == null ? null : new Quote(q.getJsonNumber("s").longValue(), q.getString("u"),
                MessageType.valueOf(q.getString("t")), q.getString("p"));
    }

    private static Reactions reactions(JsonObject j) {
        JsonArray counts = j.getJsonArray("e");
        return counts == null ? Reactions.NONE : new Reactions(counts.getValuesAs(JsonArray.class).stream()
                .map(c -> new Reactions.Count(c.getString(0), c.getInt(1))).toList());
    }
}
