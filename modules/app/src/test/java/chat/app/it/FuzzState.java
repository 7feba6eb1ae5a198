package chat.app.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Everything the fuzz test's requests could have changed, as the API shows it: the group, its
 * members and messages (as each person sees them), profiles, contacts, conversations, unread
 * counts, wallets, the red packet, the ledger, users registered under the test's prefix and the
 * dead letters. Presence ({@code online}, {@code lastSeenAt}) is left out: the test's own sockets move it,
 * and so is the signature of a media link, which the server renews each hour.
 */
record FuzzState(Map<String, String> views) {

    private static final Set<String> PRESENCE = Set.of("online", "lastSeenAt");

    static FuzzState of(Api api, FuzzWorld w) {
        Map<String, String> views = new LinkedHashMap<>();
        String g = w.group();
        views.put("group", read(api, g, w.owner()));
        views.put("members", read(api, g + "/members", w.owner()));
        views.put("stranger's group", read(api, "/api/v1/groups/" + w.strangersGroupId() + "/messages?after=0", w.stranger()));
        views.put("packet", read(api, "/api/v1/redpacks/" + w.packetId(), w.owner()));
        views.put("registered", read(api, "/api/v1/users?username=" + w.usernamePrefix(), w.owner()));
        for (var user : List.of(w.owner(), w.member(), w.stranger())) {
            String who = user == w.owner() ? "owner" : user == w.member() ? "member" : "stranger";
            views.put("messages seen by " + who, read(api, g + "/messages?after=0&limit=200", user));
            for (String path : List.of("/api/v1/users/me", "/api/v1/groups", "/api/v1/contacts", "/api/v1/contacts/requests",
                    "/api/v1/unread", "/api/v1/wallet")) {
                views.put(path + " of " + who, read(api, path, user));
            }
        }
        views.put("ledger", comparable(api.adminGet("/api/v1/admin/ledger/check").raw()));
        views.put("dead letters", comparable(api.adminGet("/api/v1/admin/dead-letters").raw()));
        return new FuzzState(views);
    }

    /** What differs from an earlier state, one line per view. */
    List<String> changesSince(FuzzState before) {
        List<String> changes = new ArrayList<>();
        before.views.forEach((view, was) -> {
            String now = views.get(view);
            if (!was.equals(now)) {
                changes.add(view + " changed:\n  before " + was + "\n  after  " + now);
            }
        });
        return changes;
    }

    private static String read(Api api, String path, Api.TestUser user) {
        var answer = api.get(path, user.token());
        return answer.status() + " " + comparable(answer.raw());
    }

    /** The answer as JSON without presence and without media-link signatures, or as it came if it is no JSON. */
    private static String comparable(String raw) {
        if (raw == null || raw.isEmpty() || !(raw.startsWith("{") || raw.startsWith("["))) {
            return raw;
        }
        return strip(Json.createReader(new StringReader(raw)).readValue()).toString();
    }

    private static JsonValue strip(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder out = Json.createObjectBuilder();
                value.asJsonObject().forEach((key, inner) -> {
                    if (!PRESENCE.contains(key)) {
                        out.add(key, strip(inner));
                    }
                });
                return out.build();
            }
            case ARRAY -> {
                JsonArrayBuilder out = Json.createArrayBuilder();
                value.asJsonArray().forEach(inner -> out.add(strip(inner)));
                return out.build();
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                int signature = text.indexOf("?expires=");
                return signature < 0 ? value : Json.createValue(text.substring(0, signature));
            }
            default -> {
                return value;
            }
        }
    }
}
