package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Wallets, red packets and the ledger check, as the money tests use them. */
final class Money {

    private final Api api;

    Money(Api api) {
        this.api = api;
    }

    /** The operator credits the user's wallet. */
    void credit(Api.TestUser user, long cents) {
        var credited = api.admin("/api/v1/admin/wallets/" + user.id() + "/credits", Json.createObjectBuilder()
                .add("amountCents", cents).add("clientId", Api.uniqueName()).build(), Api.ADMIN_KEY);
        assertEquals(201, credited.status(), credited.raw());
    }

    long balance(Api.TestUser user) {
        var wallet = api.get("/api/v1/wallet", user.token());
        assertEquals(200, wallet.status(), wallet.raw());
        return wallet.json().getJsonNumber("balanceCents").longValueExact();
    }

    /** Waits until the user's balance is the expected one (credits travel on a queue). */
    void awaitBalance(Api.TestUser user, long cents) {
        long seen = balance(user);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (seen != cents && System.nanoTime() < deadline) {
            pause(200);
            seen = balance(user);
        }
        assertEquals(cents, seen, "the balance of " + user.id());
    }

    Api.Answer send(Api.TestUser sender, String gid, long totalCents, long count, String clientId) {
        return api.post("/api/v1/groups/" + gid + "/redpacks", sender.token(), Json.createObjectBuilder()
                .add("totalCents", totalCents).add("count", count).add("greeting", "Happy new year")
                .add("clientId", clientId).build());
    }

    /** A packet that was sent; answers its id. */
    String sent(Api.TestUser sender, String gid, long totalCents, long count) {
        var sent = send(sender, gid, totalCents, count, Api.uniqueName());
        assertEquals(201, sent.status(), sent.raw());
        return sent.json().getString("id");
    }

    Api.Answer grab(Api.TestUser user, String packetId) {
        return api.post("/api/v1/redpacks/" + packetId + "/grab", user.token(), null);
    }

    Api.Answer open(Api.TestUser user, String packetId) {
        return api.post("/api/v1/redpacks/" + packetId + "/open", user.token(), null);
    }

    JsonObject view(Api.TestUser user, String packetId) {
        var view = api.get("/api/v1/redpacks/" + packetId, user.token());
        assertEquals(200, view.status(), view.raw());
        return view.json();
    }

    /** The operator's ledger check: every entry sums to zero and every balance is its entries' sum. */
    void assertLedgerBalanced() {
        var check = api.adminGet("/api/v1/admin/ledger/check");
        assertEquals(200, check.status(), check.raw());
        assertTrue(check.json().getBoolean("balanced"), check.raw());
        assertEquals(0, check.json().getJsonNumber("entriesSum").longValue(), check.raw());
    }

    /** A sender whose whole wallet is in one packet, in a group with the grabbers. */
    record Storm(Api.TestUser sender, List<Api.TestUser> grabbers, String packetId) {
    }

    Storm storm(int grabbers, long totalCents, int shares) {
        List<Api.TestUser> members = api.botUsers(grabbers + 1);
        Api.TestUser sender = members.get(0);
        List<Api.TestUser> others = members.subList(1, members.size());
        String gid = group(sender, others);
        credit(sender, totalCents);
        return new Storm(sender, others, sent(sender, gid, totalCents, shares));
    }

    /** A group made by the operator, whatever the contacts; answers its id. */
    String group(Api.TestUser owner, List<Api.TestUser> members) {
        var ids = Json.createArrayBuilder();
        members.forEach(m -> ids.add(m.id()));
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "Packets")
                .add("ownerId", owner.id()).add("memberIds", ids).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        return created.json().getString("id");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
