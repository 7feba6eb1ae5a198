package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Pins: the owner and admins pin (either person in a direct chat), at most 20 even when pinned at
 * once, members read them newest first and hear of each change; a plain member, a stranger or a
 * message that is not there changes nothing; a recall unpins.
 */
class PinsIT extends ServerIT {

    private static String pins(String gid) {
        return "/api/v1/groups/" + gid + "/pins";
    }

    private List<Long> pinned(Api.TestUser user, String gid) {
        var list = api.get(pins(gid), user.token());
        assertEquals(200, list.status(), list.raw());
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("seq").longValue()).toList();
    }

    private void post(Api.TestUser sender, String gid, int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(201, api.post(MessagesIT.messages(gid), sender.token(),
                    MessagesIT.text("p-" + Api.uniqueName(), "message " + i)).status());
        }
    }

    @Test
    void theOwnerPinsMembersReadThemNewestFirstAndHearOfIt() {
        var ann = api.newUser();
        var bob = api.newUser();
        var outsider = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        post(ann, gid, 3);
        try (Ws bobWs = Ws.connect(api, bob)) {
            assertEquals(204, api.put(pins(gid) + "/1", ann.token(), null).status());
            var pinnedEvent = bobWs.next(f -> "message.pinned".equals(f.getString("event", "")), 10);
            assertEquals(gid, pinnedEvent.getString("groupId"));
            assertEquals(1, pinnedEvent.getInt("seq"));
            assertEquals(ann.id(), pinnedEvent.getString("byUserId"));
            assertEquals(204, api.put(pins(gid) + "/3", ann.token(), null).status());
            assertEquals(204, api.put(pins(gid) + "/1", ann.token(), null).status(), "pinning again changes nothing");
            assertEquals(List.of(3L, 1L), pinned(bob, gid));
            assertEquals("message 0", api.get(pins(gid), bob.token()).json().getJsonArray("items").getJsonObject(1).getString("text"));

            assertEquals(403, api.put(pins(gid) + "/2", bob.token(), null).status(), "a plain member pins nothing");
            assertEquals(403, api.delete(pins(gid) + "/1", bob.token()).status());
            assertEquals(404, api.put(pins(gid) + "/2", outsider.token(), null).status());
            assertEquals(404, api.get(pins(gid), outsider.token()).status(), "a stranger reads no pins");
            assertEquals(404, api.put(pins(gid) + "/99", ann.token(), null).status(), "no message 99");
            assertEquals(List.of(3L, 1L), pinned(bob, gid));

            assertEquals(204, api.delete(pins(gid) + "/3", ann.token()).status());
            var unpinned = bobWs.next(f -> "message.unpinned".equals(f.getString("event", "")), 10);
            assertEquals(3, unpinned.getInt("seq"));
            assertEquals(204, api.delete(MessagesIT.messages(gid) + "/1", ann.token()).status());
            assertEquals(1, bobWs.next(f -> "message.unpinned".equals(f.getString("event", "")), 10).getInt("seq"),
                    "a recall unpins");
        }
        assertEquals(List.of(), pinned(bob, gid));
    }

    @Test
    void eitherPersonPinsInADirectChat() {
        var ann = api.newUser();
        var bob = api.newUser();
        api.makeContacts(ann, bob);
        String direct = api.post("/api/v1/direct", ann.token(), Json.createObjectBuilder().add("userId", bob.id()).build())
                .json().getString("id");
        post(ann, direct, 1);
        assertEquals(204, api.put(pins(direct) + "/1", bob.token(), null).status());
        assertEquals(List.of(1L), pinned(ann, direct));
        assertEquals(204, api.delete(pins(direct) + "/1", ann.token()).status());
        assertEquals(List.of(), pinned(bob, direct));
    }

    @Test
    void twentyFivePinsAtOnceLeaveTwentyAndRefuseTheRest() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        post(ann, gid, 25);
        List<Callable<Integer>> pinsAtOnce = new ArrayList<>();
        for (int seq = 1; seq <= 25; seq++) {
            String path = pins(gid) + "/" + seq;
            pinsAtOnce.add(() -> api.put(path, ann.token(), null).status());
        }
        var pool = Executors.newFixedThreadPool(25);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (var answer : pool.invokeAll(pinsAtOnce)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(20, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 204 || s == 409), statuses.toString());
        assertEquals(20, pinned(bob, gid).size());
        var refused = api.put(pins(gid) + "/" + 25, ann.token(), null);
        if (!pinned(bob, gid).contains(25L)) {
            assertEquals(409, refused.status(), refused.raw());
            assertEquals("CONFLICT", refused.errorCode());
        }
    }
}
