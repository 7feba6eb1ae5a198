package chat.app.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import chat.app.it.MalformedRequests.Probe;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Right requests from people with no right to them: a stranger at a group she is not in, its
 * red packet and its image; a plain member at what only the owner or an admin may do; the owner
 * at the stranger's group. Each would change something if the server let it through.
 */
final class Trespasses {

    private static final Set<Integer> FORBIDDEN = Set.of(403);

    private Trespasses() {
    }

    static List<Probe> of(FuzzWorld w) {
        List<Probe> all = new ArrayList<>();
        String g = w.group();
        String stranger = w.stranger().token();
        JsonObject text = Json.createObjectBuilder().add("clientMsgId", "fz-trespass").add("type", "TEXT")
                .add("text", "let me in").build();

        all.add(probe(stranger, "POST", g + "/messages", text, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", g + "/messages?after=0", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", g + "/messages?before=100&limit=5", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", g, null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", g + "/members", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PATCH", g, Json.createObjectBuilder().add("name", "Mine now").build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "DELETE", g, null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "DELETE", g + "/members/" + w.member().id(), null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PUT", g + "/members/" + w.member().id() + "/role", object("role", "ADMIN"), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", g + "/transfer", object("userId", w.stranger().id()), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PUT", g + "/members/" + w.member().id() + "/mute",
                Json.createObjectBuilder().add("minutes", 10).build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", g + "/invites", Json.createObjectBuilder().build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", g + "/members", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder().add(w.stranger().id())).build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PUT", g + "/read", Json.createObjectBuilder().add("seq", 1).build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PUT", g + "/settings", Json.createObjectBuilder().add("doNotDisturb", true).build(),
                MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", g + "/redpacks", Json.createObjectBuilder().add("totalCents", 100).add("count", 1)
                .add("clientId", "fz-trespass").build(), MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", "/api/v1/redpacks/" + w.packetId() + "/grab", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", "/api/v1/redpacks/" + w.packetId() + "/open", null, Set.of(403, 404, 409)));
        all.add(probe(stranger, "GET", "/api/v1/redpacks/" + w.packetId(), null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", "/api/v1/media/" + w.mediaId(), null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", "/api/v1/media/" + w.mediaId() + "/thumbnail", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "DELETE", g + "/messages/2", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "POST", g + "/messages/2/hide", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "PUT", g + "/messages/2/reactions/%F0%9F%91%8D", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "DELETE", g + "/messages/2/reactions/%F0%9F%91%8D", null, MalformedRequests.NOT_YOURS));
        all.add(probe(stranger, "GET", g + "/messages/2/receipts", null, MalformedRequests.NOT_YOURS));

        String member = w.member().token();
        String owner = w.owner().id();
        all.add(probe(member, "PATCH", g, Json.createObjectBuilder().add("name", "Member's now").build(), FORBIDDEN));
        all.add(probe(member, "DELETE", g, null, FORBIDDEN));
        all.add(probe(member, "DELETE", g + "/members/" + owner, null, FORBIDDEN));
        all.add(probe(member, "PUT", g + "/members/" + owner + "/role", object("role", "MEMBER"), FORBIDDEN));
        all.add(probe(member, "PUT", g + "/members/" + w.member().id() + "/role", object("role", "ADMIN"), FORBIDDEN));
        all.add(probe(member, "POST", g + "/transfer", object("userId", w.member().id()), FORBIDDEN));
        all.add(probe(member, "PUT", g + "/members/" + owner + "/mute", Json.createObjectBuilder().add("minutes", 10).build(),
                FORBIDDEN));
        all.add(probe(member, "POST", g + "/invites", Json.createObjectBuilder().build(), FORBIDDEN));
        all.add(probe(member, "DELETE", g + "/messages/2", null, FORBIDDEN));
        all.add(probe(member, "GET", g + "/messages/2/receipts", null, FORBIDDEN));

        String theirs = "/api/v1/groups/" + w.strangersGroupId();
        all.add(probe(w.owner().token(), "POST", theirs + "/messages", text, MalformedRequests.NOT_YOURS));
        all.add(probe(w.owner().token(), "GET", theirs + "/messages?after=0", null, MalformedRequests.NOT_YOURS));
        all.add(probe(w.owner().token(), "PATCH", theirs, object("name", "Mine now"), MalformedRequests.NOT_YOURS));
        return all;
    }

    private static Probe probe(String token, String method, String path, JsonObject body, Set<Integer> allowed) {
        return new Probe("not-yours", method, path, token, null, body == null ? null : "application/json",
                body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8), allowed);
    }

    private static JsonObject object(String key, String value) {
        return Json.createObjectBuilder().add(key, value).build();
    }
}
