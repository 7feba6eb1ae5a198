package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.Json;

/**
 * What the fuzz test's requests aim at: a group of an owner and a member with a red packet (expired
 * and refunded), an image and a text in it; a stranger with a group of her own; a token that was logged out; and a
 * prefix for the usernames the test tries to register.
 */
record FuzzWorld(Api.TestUser owner, Api.TestUser member, Api.TestUser stranger, String groupId,
                 String strangersGroupId, String packetId, String mediaId, String revokedToken,
                 String usernamePrefix) {

    static final String PASSWORD = "correct horse battery";

    static FuzzWorld make(Api api) throws Exception {
        var money = new Money(api);
        var owner = api.newUser();
        var member = api.newUser();
        var stranger = api.newUser();
        String groupId = api.groupOf(owner, List.of(member), null);
        String strangersGroupId = money.group(stranger, List.of());
        money.credit(owner, 10_000);
        String packetId = money.sent(owner, groupId, 1_000, 2);

        var image = api.upload(owner.token(), "image/png", Samples.image("png", 32, 24), true);
        assertEquals(201, image.status(), image.raw());
        String mediaId = image.json().getString("id");
        var posted = api.post("/api/v1/groups/" + groupId + "/messages", owner.token(), Json.createObjectBuilder()
                .add("clientMsgId", "fuzz-image").add("type", "IMAGE").add("mediaId", mediaId).build());
        assertEquals(201, posted.status(), posted.raw());
        var text = api.post("/api/v1/groups/" + groupId + "/messages", owner.token(), Json.createObjectBuilder()
                .add("clientMsgId", "fuzz-text").add("type", "TEXT").add("text", "before the storm").build());
        assertEquals(201, text.status(), text.raw());


        var otherDevice = api.logIn(owner.username(), PASSWORD, "fuzz-revoked");
        String revokedToken = otherDevice.getString("token");
        assertEquals(204, api.delete("/api/v1/sessions/current", revokedToken).status());
        // The packet expires within the test server's 30 s and its money goes back: that change
        // happens before the fuzz, not during it.
        money.awaitBalance(owner, 10_000);
        return new FuzzWorld(owner, member, stranger, groupId, strangersGroupId, packetId, mediaId, revokedToken,
                "fz" + Api.uniqueName().substring(1, 9));
    }

    String group() {
        return "/api/v1/groups/" + groupId;
    }
}
