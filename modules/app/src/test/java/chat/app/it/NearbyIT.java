package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The Nearby table: the same code within 50 m shares a room, and a room becomes one group. */
class NearbyIT extends ServerIT {

    private static final double METERS_PER_DEGREE_OF_LATITUDE = 111_195.08;

    /** Somewhere of our own on the map, so that other tests' rooms of the same code are far away. */
    private final double baseLat = ThreadLocalRandom.current().nextDouble(-60, 60);
    private final double baseLon = ThreadLocalRandom.current().nextDouble(-170, 170);
    private final String code = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));

    private JsonObject position(String code, double metersNorth) {
        return Json.createObjectBuilder().add("code", code)
                .add("lat", baseLat + metersNorth / METERS_PER_DEGREE_OF_LATITUDE).add("lon", baseLon).build();
    }

    private Api.Answer join(Api.TestUser user, double metersNorth) {
        return api.post("/api/v1/nearby/rooms", user.token(), position(code, metersNorth));
    }

    private Api.Answer enter(Api.TestUser user, String roomId) {
        return api.post("/api/v1/nearby/rooms/" + roomId + "/enter", user.token(), null);
    }

    @Test
    void twoPeople20MetresApartShareARoomAndOneGroupAndAThird200MetresAwayDoesNot() {
        var ann = api.newUser();
        var bob = api.newUser();
        var far = api.newUser();
        var first = join(ann, 0);
        assertEquals(200, first.status(), first.raw());
        String roomId = first.json().getString("roomId");
        assertEquals(code, first.json().getString("code"));
        assertEquals(1, first.json().getJsonArray("members").size());

        try (Ws annSocket = Ws.connect(api, ann)) {
            var second = join(bob, 20);
            assertEquals(roomId, second.json().getString("roomId"));
            var members = second.json().getJsonArray("members");
            assertEquals(2, members.size());
            assertEquals(bob.id(), members.getJsonObject(1).getString("userId"));
            assertEquals("Nick " + bob.username(), members.getJsonObject(1).getString("nickname"));
            JsonObject arrived = annSocket.next(f -> "nearby.members".equals(f.getString("event", ""))
                    && f.getJsonArray("members").size() == 2, 10);
            assertEquals(roomId, arrived.getString("roomId"));
        }
        var away = join(far, 200);
        assertNotEquals(roomId, away.json().getString("roomId"), "200 m is out of reach");
        assertEquals(1, away.json().getJsonArray("members").size());

        assertEquals(404, enter(far, roomId).status(), "not in the room");
        String gid = enter(ann, roomId).json().getString("groupId");
        assertEquals(gid, enter(bob, roomId).json().getString("groupId"));
        assertEquals(gid, enter(bob, roomId).json().getString("groupId"), "entering twice changes nothing");
        JsonObject group = api.get("/api/v1/groups/" + gid, bob.token()).json();
        assertEquals(2, group.getInt("memberCount"));
        assertEquals(ann.id(), group.getString("ownerId"), "the first to enter owns it");
        assertEquals(404, api.get("/api/v1/groups/" + gid, far.token()).status());
    }

    @Test
    void badCodesAndImpossibleCoordinatesAreRefused() {
        var ann = api.newUser();
        for (String bad : new String[] {"123", "12345", "12a4", ""}) {
            var refused = api.post("/api/v1/nearby/rooms", ann.token(), position(bad, 0));
            assertEquals(400, refused.status(), bad);
            assertEquals("BAD_REQUEST", refused.errorCode());
        }
        assertEquals(400, api.post("/api/v1/nearby/rooms", ann.token(),
                Json.createObjectBuilder().add("code", code).add("lat", 91).add("lon", 0).build()).status());
        assertEquals(400, api.post("/api/v1/nearby/rooms", ann.token(),
                Json.createObjectBuilder().add("code", code).add("lat", 10).add("lon", -181).build()).status());
        assertEquals(400, api.post("/api/v1/nearby/rooms", ann.token(),
                Json.createObjectBuilder().add("code", code).add("lat", "north").add("lon", 0).build()).status());
        assertEquals(400, api.post("/api/v1/nearby/rooms", ann.token(), Json.createObjectBuilder().add("code", code).build()).status());
        assertEquals(400, api.post("/api/v1/nearby/rooms", ann.token(), "{").status());
        assertEquals(401, api.post("/api/v1/nearby/rooms", null, position(code, 0)).status());
        assertEquals(404, enter(ann, "no-such-room").status());
        assertEquals(401, api.post("/api/v1/nearby/rooms/x/enter", null, null).status());
    }

    @Test
    void tenPeopleJoiningAndEnteringAtOnceEndInOneGroupOfTen() throws Exception {
        List<Api.TestUser> people = api.botUsers(10);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> rooms = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Api.TestUser person = people.get(i);
            double metersNorth = i * 4;
            rooms.add(pool.submit(() -> {
                start.await();
                var joined = join(person, metersNorth);
                assertEquals(200, joined.status(), joined.raw());
                return joined.json().getString("roomId");
            }));
        }
        start.countDown();
        List<String> roomIds = new ArrayList<>();
        for (Future<String> room : rooms) {
            roomIds.add(room.get());
        }
        // Rooms opened at the same moment merge into the oldest; an id of a merged room still leads there.
        var settled = api.post("/api/v1/nearby/rooms", people.get(0).token(), position(code, 0)).json();
        assertEquals(10, settled.getJsonArray("members").size(), settled.toString());

        CountDownLatch enterAtOnce = new CountDownLatch(1);
        List<Future<String>> groups = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Api.TestUser person = people.get(i);
            String roomId = roomIds.get(i);
            groups.add(pool.submit(() -> {
                enterAtOnce.await();
                var entered = enter(person, roomId);
                assertEquals(200, entered.status(), entered.raw());
                return entered.json().getString("groupId");
            }));
        }
        enterAtOnce.countDown();
        Set<String> groupIds = new HashSet<>();
        for (Future<String> group : groups) {
            groupIds.add(group.get());
        }
        pool.shutdown();
        assertEquals(1, groupIds.size());
        JsonObject group = api.get("/api/v1/groups/" + groupIds.iterator().next(), people.get(0).token()).json();
        assertEquals(10, group.getInt("memberCount"));
    }

    @Test
    void aRoomIsGoneAfterItsLifespan() throws Exception {
        var ann = api.newUser();
        String roomId = join(ann, 0).json().getString("roomId");
        // The test server's rooms live 8 s (CHAT_NEARBY_ROOM_SECONDS).
        Thread.sleep(9_000);
        assertEquals(404, enter(ann, roomId).status());
        assertNotEquals(roomId, join(ann, 0).json().getString("roomId"), "a new room opens");
    }

    @Test
    void someoneTryingCodesWhereARoomIsGetsRateLimitedAfterTenJoinsAndEntriesAMinute() {
        var ann = api.newUser();
        var mallory = api.newUser();
        String annsRoom = join(ann, 0).json().getString("roomId");
        for (int i = 1; i <= 10; i++) {
            String guess = String.format("%04d", (Integer.parseInt(code) + i) % 10_000);
            var tried = api.post("/api/v1/nearby/rooms", mallory.token(), position(guess, 10));
            assertEquals(200, tried.status(), tried.raw());
        }
        var limited = api.post("/api/v1/nearby/rooms", mallory.token(), position(code, 10));
        assertEquals(429, limited.status(), limited.raw());
        assertEquals("RATE_LIMITED", limited.errorCode());
        var entering = enter(mallory, annsRoom);
        assertEquals(429, entering.status(), entering.raw());
        assertEquals("RATE_LIMITED", entering.errorCode());

        var annsView = join(ann, 0).json();
        assertEquals(annsRoom, annsView.getString("roomId"));
        assertEquals(1, annsView.getJsonArray("members").size(), "the refused join put nobody in the room: " + annsView);
    }
}
