package chat.identity.internal.interfaces;

import java.time.Instant;

import chat.identity.internal.application.LogIn;
import chat.identity.internal.domain.ContactRequest;
import chat.identity.internal.domain.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The contract's JSON shapes of identity's answers. */
final class IdentityJson {

    private IdentityJson() {
    }

    static JsonObject user(User user) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", user.id())
                .add("username", user.username())
                .add("nickname", user.nickname());
        return nullable(json, "avatarUrl", user.avatarUrl()).build();
    }

    static JsonObject session(LogIn.Session session) {
        return Json.createObjectBuilder()
                .add("token", session.token().token())
                .add("userId", session.userId())
                .add("deviceId", session.deviceId())
                .add("expiresAt", session.token().expiresAt().toString())
                .build();
    }

    static JsonObject contactRequest(ContactRequest request) {
        return Json.createObjectBuilder()
                .add("id", request.id())
                .add("fromUserId", request.fromUserId())
                .add("toUserId", request.toUserId())
                .add("status", request.status().name())
                .build();
    }

    static JsonObjectBuilder nullable(JsonObjectBuilder json, String field, Object value) {
        if (value == null) {
            return json.addNull(field);
        }
        return json.add(field, value instanceof Instant ? value.toString() : value.toString());
    }
}
