package chat.loadtest;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The client frames of {@code /ws} the scenarios send ({@code send}, {@code pull}, {@code ping})
 * and the text of a load-test message, {@code lt <send time in nanos> <clientMsgId>}, from which
 * every member reads when the message was sent (one JVM, so {@link System#nanoTime()} compares).
 */
final class ChatFrames {

    static final String PING = "{\"type\":\"ping\"}";
    private static final String PREFIX = "lt ";

    private ChatFrames() {
    }

    /** {@code {"type":"send","clientMsgId","groupId","msgType":"TEXT","text"}}. */
    static String send(String clientMsgId, String groupId, String text) {
        return JsonText.object().add("type", "send").add("clientMsgId", clientMsgId).add("groupId", groupId)
                .add("msgType", "TEXT").add("text", text).build().toString();
    }

    /** {@code {"type":"pull","groupId","after","until"}}. */
    static String pull(String groupId, long after, long until) {
        return JsonText.object().add("type", "pull").add("groupId", groupId).add("after", after).add("until", until)
                .build().toString();
    }

    static String text(long sentNanos, String clientMsgId) {
        return PREFIX + sentNanos + " " + clientMsgId;
    }

    /** The send time in a load-test message's text; {@code -1} for any other text (SYSTEM messages, null). */
    static long sentNanos(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return -1;
        }
        int end = text.indexOf(' ', PREFIX.length());
        try {
            return Long.parseLong(text.substring(PREFIX.length(), end < 0 ? text.length() : end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The {@code items} of a notify or messages frame (none when absent), as the tracker reads them. */
    static List<SeqTracker.Item> items(JsonObject frame) {
        JsonValue value = frame.get("items");
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        List<SeqTracker.Item> items = new ArrayList<>(array.size());
        for (JsonValue entry : array) {
            if (entry instanceof JsonObject message && message.get("seq") instanceof JsonNumber seq) {
                String text = message.get("text") instanceof JsonString s ? s.getString() : null;
                items.add(new SeqTracker.Item(seq.longValue(), sentNanos(text)));
            }
        }
        return items;
    }

    /** A string field, or null when absent or not a string. */
    static String string(JsonObject frame, String field) {
        return frame.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** A number field, or {@code fallback} when absent or not a number. */
    static long number(JsonObject frame, String field, long fallback) {
        return frame.get(field) instanceof JsonNumber n ? n.longValue() : fallback;
    }
}
