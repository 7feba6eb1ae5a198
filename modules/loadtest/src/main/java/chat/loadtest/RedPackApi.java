package chat.loadtest;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The wallet and red-packet calls of {@code redpack}, over {@link ChatApi}'s client. */
final class RedPackApi {

    private final ChatApi api;

    /** What {@code GET /api/v1/redpacks/{id}} says of a packet, with its claims added up. */
    record Packet(long totalCents, int count, long remainingCents, int remainingCount, String status, int claims,
            long claimedCents) {

        static Packet of(JsonObject json) {
            long claimed = 0;
            for (JsonValue claim : json.getJsonArray("claims")) {
                claimed += claim.asJsonObject().getJsonNumber("amountCents").longValueExact();
            }
            return new Packet(json.getJsonNumber("totalCents").longValueExact(), json.getInt("count"),
                    json.getJsonNumber("remainingCents").longValueExact(), json.getInt("remainingCount"),
                    json.getString("status"), json.getJsonArray("claims").size(), claimed);
        }
    }

    /** The fields of {@code GET /api/v1/admin/ledger/check} the scenario reports. */
    record Ledger(boolean balanced, long transfers) {
    }

    RedPackApi(ChatApi api) {
        this.api = api;
    }

    /** {@code POST /api/v1/admin/wallets/{userId}/credits}: answers the new balance. */
    long credit(String userId, long amountCents, String clientId, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        String body = JsonText.object().add("amountCents", amountCents).add("clientId", clientId).build().toString();
        var request = ChatApi.postJson(api.admin("/admin/wallets/" + segment(userId) + "/credits", timeout), body);
        return api.send("POST /admin/wallets/{id}/credits", request, 201).getJsonNumber("balanceCents").longValueExact();
    }

    /** {@code POST /api/v1/groups/{gid}/redpacks} as the sender: answers the packet's id. */
    String send(String groupId, String token, long totalCents, int count, String clientId, Duration timeout)
            throws IOException, InterruptedException, ApiException {
        String body = JsonText.object().add("totalCents", totalCents).add("count", count).add("greeting", "load test")
                .add("clientId", clientId).build().toString();
        var request = ChatApi.postJson(api.bearer("/groups/" + segment(groupId) + "/redpacks", token, timeout), body);
        // 200: the same clientId again (a retry whose first answer was lost) answers the first packet
        return api.send("POST /groups/{gid}/redpacks", request, status -> status == 201 || status == 200).getString("id");
    }

    /** {@code POST /api/v1/redpacks/{id}/grab}: returns when granted; a refusal is an {@link ApiException} with its code. */
    void grab(String packetId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        var request = api.bearer("/redpacks/" + segment(packetId) + "/grab", token, timeout)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (!api.send("POST /redpacks/{id}/grab", request, 200).getBoolean("granted", false)) {
            throw new ApiException("POST /redpacks/{id}/grab", 200, "granted is not true");
        }
    }

    /** {@code POST /api/v1/redpacks/{id}/open}: answers the amount of the share. */
    long open(String packetId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        var request = api.bearer("/redpacks/" + segment(packetId) + "/open", token, timeout)
                .POST(HttpRequest.BodyPublishers.noBody());
        return api.send("POST /redpacks/{id}/open", request, 200).getJsonNumber("amountCents").longValueExact();
    }

    /** {@code GET /api/v1/redpacks/{id}} as a member. */
    Packet packet(String packetId, String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        return Packet.of(api.send("GET /redpacks/{id}", api.bearer("/redpacks/" + segment(packetId), token, timeout).GET(),
                200));
    }

    /** {@code GET /api/v1/wallet} as its owner: the balance in cents. */
    long balance(String token, Duration timeout) throws IOException, InterruptedException, ApiException {
        return api.send("GET /wallet", api.bearer("/wallet", token, timeout).GET(), 200).getJsonNumber("balanceCents")
                .longValueExact();
    }

    /** {@code GET /api/v1/admin/ledger/check}. */
    Ledger ledger(Duration timeout) throws IOException, InterruptedException, ApiException {
        JsonObject check = api.send("GET /admin/ledger/check", api.admin("/admin/ledger/check", timeout).GET(), 200);
        return new Ledger(check.getBoolean("balanced"), check.getJsonNumber("transfers").longValueExact());
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
