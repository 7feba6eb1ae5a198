package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * {@code PUT /api/v1/devices/current/push}: a device's Web Push subscription is stored only with an
 * endpoint outside the network (or on a host the operator allows, as this server allows 127.0.0.1)
 * and keys a browser could have made; and the server's VAPID key is there to make one with.
 */
class PushSubscriptionsIT extends ServerIT {

    static final String PATH = "/api/v1/devices/current/push";
    /** RFC 8291's example user agent: a P-256 point and a 16-byte secret. */
    static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    static JsonObject subscription(String endpoint, String p256dh, String auth) {
        return Json.createObjectBuilder().add("endpoint", endpoint).add("p256dh", p256dh).add("auth", auth).build();
    }

    private void refused(String field, JsonObject body, Api.TestUser user) {
        var answer = api.put(PATH, user.token(), body);
        assertEquals(400, answer.status(), answer.raw());
        assertEquals("BAD_REQUEST", answer.errorCode());
        assertEquals(true, answer.json().getJsonObject("error").getString("message").startsWith(field + ":"), answer.raw());
    }

    @Test
    void aDeviceSubscribesWithAnAllowedEndpointAndItsKeysAndUnsubscribes() {
        var ann = api.newUser();
        assertEquals(204, api.put(PATH, ann.token(), subscription("http://127.0.0.1:9/push/ann", P256DH, AUTH)).status());
        assertEquals(204, api.put(PATH, ann.token(), subscription("http://127.0.0.1:9/push/ann-2", P256DH, AUTH)).status(),
                "a new subscription replaces the device's last");
        assertEquals(204, api.delete(PATH, ann.token()).status());
        assertEquals(204, api.delete(PATH, ann.token()).status(), "none left: still done");
    }

    @Test
    void anEndpointIntoTheNetworkOrKeysNoBrowserMadeAreRefused() {
        var ann = api.newUser();
        refused("endpoint", subscription("https://10.0.0.1/push", P256DH, AUTH), ann);
        refused("endpoint", subscription("https://192.168.1.20/push", P256DH, AUTH), ann);
        refused("endpoint", subscription("https://[::1]/push", P256DH, AUTH), ann);
        refused("endpoint", subscription("https://169.254.169.254/latest/meta-data", P256DH, AUTH), ann);
        refused("endpoint", subscription("http://push.example.com/push", P256DH, AUTH), ann);
        refused("endpoint", subscription("javascript:alert(1)", P256DH, AUTH), ann);
        refused("p256dh", subscription("http://127.0.0.1:9/p", P256DH.substring(0, 80) + "AAAAAAA", AUTH), ann);
        refused("p256dh", subscription("http://127.0.0.1:9/p", "!!", AUTH), ann);
        refused("auth", subscription("http://127.0.0.1:9/p", P256DH, "c2hvcnQ"), ann);
        var missing = api.put(PATH, ann.token(), Json.createObjectBuilder().add("endpoint", "http://127.0.0.1:9/p").build());
        assertEquals(400, missing.status(), missing.raw());
        assertEquals(401, api.put(PATH, null, subscription("http://127.0.0.1:9/p", P256DH, AUTH)).status());
        assertEquals(401, api.delete(PATH, null).status());
    }

    @Test
    void theServersVapidKeyIsAP256PointTheSameEachTime() {
        var ann = api.newUser();
        var key = api.get("/api/v1/push/vapid-key", ann.token());
        assertEquals(200, key.status(), key.raw());
        byte[] point = Base64.getUrlDecoder().decode(key.json().getString("publicKey"));
        assertEquals(65, point.length);
        assertEquals(4, point[0]);
        assertEquals(key.json(), api.get("/api/v1/push/vapid-key", api.newUser().token()).json());
        assertEquals(401, api.get("/api/v1/push/vapid-key", null).status());
    }
}
