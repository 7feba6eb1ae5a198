package chat.messaging.internal.interfaces.ws;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The notifies of one conversation waiting for one connection: the latest seq and, while they
 * stay contiguous, the messages themselves. Once a gap or a message without its body shows up,
 * the items are dropped and the client pulls what it lacks.
 */
final class PendingNotify {

    static final int FLUSH_AT = 10;

    private final String groupId;
    private long seq;
    private List<JsonObject> items = new ArrayList<>();
    private int count;

    PendingNotify(String groupId) {
        this.groupId = groupId;
    }

    void add(long newSeq, List<JsonObject> newItems) {
        boolean contiguous = items != null && newItems != null && !newItems.isEmpty()
                && (items.isEmpty() ? count == 0 : lastSeq() + 1 == newItems.get(0).getJsonNumber("seq").longValue());
        if (contiguous) {
            items.addAll(newItems);
        } else {
            items = null;
        }
        seq = Math.max(seq, newSeq);
        count++;
    }

    boolean full() {
        return count >= FLUSH_AT;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The one notify standing for everything pending: the latest seq, and the items when they are whole. */
    String frame() {
        var frame = Json.createObjectBuilder().add("type", "notify").add("groupId", groupId).add("seq", seq);
        if (items != null && !items.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(array::add);
            frame.add("items", array);
        }
        return frame.build().toString();
    }

    private long lastSeq() {
        return items.get(items.size() - 1).getJsonNumber("seq").longValue();
    }
}
