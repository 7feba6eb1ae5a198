package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedPackApiTest {

    @Test
    void aPacketAddsUpItsClaims() {
        RedPackApi.Packet packet = RedPackApi.Packet.of(JsonText.parse("""
                {"id":"p1","groupId":"g1","senderId":"s","totalCents":1000,"count":3,"greeting":"hi",
                 "expiresAt":"2026-11-26T20:00:00Z","remainingCents":250,"remainingCount":1,"refundedCents":0,
                 "status":"OPEN","claims":[{"userId":"a","amountCents":700,"at":"2026-11-25T20:00:00Z"},
                 {"userId":"b","amountCents":50,"at":"2026-11-25T20:00:01Z"}]}"""));
        assertEquals(new RedPackApi.Packet(1000, 3, 250, 1, "OPEN", 2, 750), packet);
    }

    @Test
    void aPacketWithoutClaimsSumsToZero() {
        RedPackApi.Packet packet = RedPackApi.Packet.of(JsonText.parse("""
                {"totalCents":5,"count":5,"remainingCents":5,"remainingCount":5,"status":"OPEN","claims":[]}"""));
        assertEquals(0, packet.claims());
        assertEquals(0, packet.claimedCents());
    }

    @Test
    void theDefaultTotalIsAHundredCentsAShareWithinTheServersDefaultMaximum() {
        assertEquals(1_000_000, RedPackScenario.defaultTotalCents(10_000));
        assertEquals(2_000_000, RedPackScenario.defaultTotalCents(50_000));
        assertEquals(100, RedPackScenario.defaultTotalCents(1));
    }
}
