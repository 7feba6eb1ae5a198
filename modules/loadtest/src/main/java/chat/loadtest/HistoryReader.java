package chat.loadtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A conversation's whole history through the REST API, as a member reads it:
 * {@code GET /api/v1/groups/{gid}/messages?after=S&limit=200}, page after page, each call
 * retried while the server is away.
 */
final class HistoryReader {

    static final int PAGE = 200;

    private final ChatApi api;

    HistoryReader(ChatApi api) {
        this.api = api;
    }

    List<HistoryCheck.Stored> read(String groupId, String token, Deadline deadline) throws Exception {
        List<HistoryCheck.Stored> all = new ArrayList<>();
        long after = 0;
        while (true) {
            String path = "/groups/" + URLEncoder.encode(groupId, StandardCharsets.UTF_8) + "/messages?after=" + after
                    + "&limit=" + PAGE;
            JsonObject page = Retrying.call(deadline, () -> api.send("GET /groups/{gid}/messages",
                    api.bearer(path, token, deadline.cap(ChatApi.REQUEST_TIMEOUT)).GET(), 200));
            var items = page.getJsonArray("items");
            for (JsonValue item : items) {
                JsonObject message = item.asJsonObject();
                long seq = message.getJsonNumber("seq").longValueExact();
                String clientMsgId = message.get("clientMsgId") instanceof JsonString s ? s.getString() : null;
                all.add(new HistoryCheck.Stored(seq, clientMsgId));
                after = Math.max(after, seq);
            }
            if (!page.getBoolean("hasMore", false) || items.isEmpty()) {
                return all;
            }
        }
    }
}
