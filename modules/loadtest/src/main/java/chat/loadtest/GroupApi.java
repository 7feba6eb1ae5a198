package chat.loadtest;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

/**
 * The group calls the scenarios make, over {@link ChatApi}'s client (HTTP/1.1): operator calls
 * with {@code X-Api-Key}, member calls with a bearer token. Each call takes its timeout from the
 * caller, who caps it by the scenario's deadline.
 */
final class GroupApi {

    /** The largest {@code userIds} or {@code memberIds} list the server takes in one call. */
    static final int MAX_IDS_PER_CALL = 10_000;
    /** The largest page of {@code GET /groups/{gid}/members}. */
    static final int MAX_PAGE = 200;

    private final ChatApi api;

    /** The fields of a group the scenarios check. */
    record Group(String id, int memberCount, int maxMembers) {

        static Group of(JsonObject json) {
            return new Group(json.getString("id"), json.getInt("memberCount"), json.getInt("maxMembers"));
        }
    }

    /** One page of members: how many came back, and the cursor of the next page (null on the last). */
    record MemberPage(int items, String next) {
    }

    GroupApi(ChatApi api) {
        this.api = api;
    }

    /**
     * {@code POST /api/v1/admin/groups}: a group with any owner and members (at most 10,000);
     * {@code maxMembers} null for the server's default cap.
     */
    Group create(String name, String ownerId, List<String> memberIds, Integer maxMembers, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        var json = JsonText.object().add("name", name).add("ownerId", ownerId).add("memberIds", JsonText.array(memberIds));
        if (maxMembers != null) {
            json.add("maxMembers", maxMembers);
        }
        String body = json.build().toString();
        return Group.of(api.send("POST /admin/groups", ChatApi.postJson(api.admin("/admin/groups", timeout), body), 201));
    }

    /** {@code POST /api/v1/admin/groups/{gid}/members}: all or none; answers how many were added. */
    int addMembers(String groupId, List<String> userIds, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        String body = JsonText.object().add("userIds", JsonText.array(userIds)).build().toString();
        var request = ChatApi.postJson(api.admin("/admin/groups/" + segment(groupId) + "/members", timeout), body);
        return api.send("POST /admin/groups/{gid}/members", request, 200).getJsonArray("added").size();
    }

    /** {@code POST /api/v1/groups/{gid}/invites} as the owner or an admin: a join code. */
    String invite(String groupId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        var request = api.bearer("/groups/" + segment(groupId) + "/invites", token, timeout)
                .POST(HttpRequest.BodyPublishers.noBody());
        return api.send("POST /groups/{gid}/invites", request, 201).getString("code");
    }

    /** {@code POST /api/v1/invites/{code}/accept}: joins the caller. */
    Group accept(String code, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        var request = api.bearer("/invites/" + segment(code) + "/accept", token, timeout)
                .POST(HttpRequest.BodyPublishers.noBody());
        return Group.of(api.send("POST /invites/{code}/accept", request, 200));
    }

    /** {@code GET /api/v1/groups/{gid}} as a member. */
    Group group(String groupId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        return Group.of(api.send("GET /groups/{gid}", api.bearer("/groups/" + segment(groupId), token, timeout).GET(), 200));
    }

    /** {@code GET /api/v1/groups/{gid}/members?after=...&limit=...} as a member; {@code after} null for the first page. */
    MemberPage members(String groupId, String after, int limit, String token, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        String path = "/groups/" + segment(groupId) + "/members?limit=" + limit
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        JsonObject page = api.send("GET /groups/{gid}/members", api.bearer(path, token, timeout).GET(), 200);
        return new MemberPage(page.getJsonArray("items").size(), page.getString("next", null));
    }

    /** {@code GET /api/v1/groups}: all of the caller's conversations; answers how many. */
    int conversations(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        return api.send("GET /groups", api.bearer("/groups", token, timeout).GET(), 200).getJsonArray("items").size();
    }

    /** An answer of {@code GET /api/v1/unread}: its items, how many count more than 0, and its size. */
    record Unread(int items, int nonZero, long total, int bytes) {
    }

    /** {@code GET /api/v1/unread}: the caller's unread count in every conversation. */
    Unread unread(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        String body = api.sendForText("GET /unread", api.bearer("/unread", token, timeout).GET(), 200);
        JsonObject answer = JsonText.parse(body);
        int nonZero = 0;
        for (var item : answer.getJsonArray("items")) {
            nonZero += item.asJsonObject().getJsonNumber("unread").longValue() > 0 ? 1 : 0;
        }
        return new Unread(answer.getJsonArray("items").size(), nonZero, answer.getJsonNumber("total").longValue(),
                body.getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * {@code POST /api/v1/admin/groups/{gid}/messages}: the operator posts a TEXT message as
     * {@code senderId}, a member; answers its seq.
     */
    long post(String groupId, String senderId, String clientMsgId, String text, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        String body = JsonText.object().add("clientMsgId", clientMsgId).add("senderId", senderId).add("type", "TEXT")
                .add("text", text).build().toString();
        var request = ChatApi.postJson(api.admin("/admin/groups/" + segment(groupId) + "/messages", timeout), body);
        return api.send("POST /admin/groups/{gid}/messages", request, 201).getJsonNumber("seq").longValue();
    }

    /** The {@code lastSeq} of one conversation in the caller's {@code GET /api/v1/groups}; 0 until it has messages. */
    long lastSeq(String groupId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        Long seq = lastSeqs(token, timeout).get(groupId);
        if (seq == null) {
            throw new ApiException("GET /groups", 200, "group " + groupId + " is not in the caller's list");
        }
        return seq;
    }

    /** The {@code lastSeq} of every conversation in the caller's {@code GET /api/v1/groups}, by id. */
    Map<String, Long> lastSeqs(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        Map<String, Long> seqs = new HashMap<>();
        for (var item : api.send("GET /groups", api.bearer("/groups", token, timeout).GET(), 200).getJsonArray("items")) {
            JsonObject group = item.asJsonObject();
            String id = group.getString("id", null);
            if (id != null) {
                seqs.putIfAbsent(id, group.getJsonNumber("lastSeq").longValue());
            }
        }
        return seqs;
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
