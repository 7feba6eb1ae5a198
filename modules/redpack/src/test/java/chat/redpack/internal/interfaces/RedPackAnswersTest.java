package chat.redpack.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.rest.JsonBinding;
import chat.redpack.internal.application.ViewRedPack;
import chat.redpack.internal.application.Wallets;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.Packet;

/**
 * The wallet and red-packet answers, as JSON-B writes them, are the bytes the JSON-P builders
 * wrote before them: the same keys in the same order, numbers as numbers, times as
 * {@code Instant.toString()}, and nothing left out.
 */
class RedPackAnswersTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-06T12:00:00.123456Z");

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    private static Packet packet(String greeting, long remainingCents, int remainingCount, long refundedCents,
                                 Packet.Status status) {
        return new Packet("p1", "g1", "ann", "c-1", false, 1000, 5, greeting, remainingCents, remainingCount,
                refundedCents, status, Instant.parse("2026-12-05T12:00:00Z"), EXPIRES);
    }

    @Test
    void aSentPacketIsItsSummaryWithTheGroupItWentTo() {
        assertEquals("{\"id\":\"p1\",\"groupId\":\"g1\",\"senderId\":\"ann\",\"totalCents\":1000,\"count\":5,"
                        + "\"greeting\":\"Best wishes\",\"expiresAt\":\"2026-12-06T12:00:00.123456Z\"}",
                json(RedPacketView.of(packet("Best wishes", 1000, 5, 0, Packet.Status.OPEN))));
    }

    @Test
    void aGreetingIsEscapedAsJsonAndKeepsItsCharacters() {
        assertEquals("{\"id\":\"p1\",\"groupId\":\"g1\",\"senderId\":\"ann\",\"totalCents\":1000,\"count\":5,"
                        + "\"greeting\":\"恭喜发财 \\\"🧧\\\" \\\\ ok\",\"expiresAt\":\"2026-12-06T12:00:00.123456Z\"}",
                json(RedPacketView.of(packet("恭喜发财 \"🧧\" \\ ok", 1000, 5, 0, Packet.Status.OPEN))));
    }

    @Test
    void aViewedPacketAddsWhatIsLeftAndItsClaimsInTheOrderOpened() {
        var claims = List.of(new Claim("p1", "bob", 120, Instant.parse("2026-12-05T12:00:01.5Z"), true),
                new Claim("p1", "cat", 240, Instant.parse("2026-12-05T12:00:02Z"), false));
        assertEquals("{\"id\":\"p1\",\"groupId\":\"g1\",\"senderId\":\"ann\",\"totalCents\":1000,\"count\":5,"
                        + "\"greeting\":\"Best wishes\",\"expiresAt\":\"2026-12-06T12:00:00.123456Z\","
                        + "\"remainingCents\":640,\"remainingCount\":3,\"refundedCents\":0,\"status\":\"OPEN\","
                        + "\"claims\":[{\"userId\":\"bob\",\"amountCents\":120,\"at\":\"2026-12-05T12:00:01.500Z\"},"
                        + "{\"userId\":\"cat\",\"amountCents\":240,\"at\":\"2026-12-05T12:00:02Z\"}]}",
                json(RedPacketDetailView.of(new ViewRedPack.View(packet("Best wishes", 640, 3, 0, Packet.Status.OPEN), claims))));
    }

    @Test
    void anExpiredPacketWithNoClaimsShowsItsRefundAndAnEmptyList() {
        assertEquals("{\"id\":\"p1\",\"groupId\":\"g1\",\"senderId\":\"ann\",\"totalCents\":1000,\"count\":5,"
                        + "\"greeting\":\"Best wishes\",\"expiresAt\":\"2026-12-06T12:00:00.123456Z\","
                        + "\"remainingCents\":0,\"remainingCount\":0,\"refundedCents\":1000,\"status\":\"EXPIRED\",\"claims\":[]}",
                json(RedPacketDetailView.of(new ViewRedPack.View(packet("Best wishes", 0, 0, 1000, Packet.Status.EXPIRED),
                        List.of()))));
    }

    @Test
    void aGrabSaysItWasGranted() {
        assertEquals("{\"granted\":true}", json(GrabView.GRANTED));
    }

    @Test
    void anOpenSaysTheAmount() {
        assertEquals("{\"amountCents\":120}", json(ShareView.of(120)));
    }

    @Test
    void aBalanceIsInCentsAndZeroForANewWallet() {
        assertEquals("{\"balanceCents\":0}", json(BalanceView.of(0)));
        assertEquals("{\"balanceCents\":5000}", json(BalanceView.of(new Wallets.Funded(5000, true))));
    }

    @Test
    void aCreditNamesTheWalletAndItsBalance() {
        assertEquals("{\"userId\":\"u1\",\"balanceCents\":100000}",
                json(CreditedWalletView.of("u1", new Wallets.Funded(100_000, false))));
    }

    @Test
    void aBalancedLedgerSaysSoAndLargeNumbersStayExact() {
        assertEquals("{\"balanced\":true,\"entriesSum\":0,\"unbalancedTransfers\":0,\"mismatchedBalances\":0,"
                        + "\"negativeBalances\":0,\"packetsNotAddingUp\":0,\"transfers\":9007199254740993}",
                json(LedgerCheckView.of(new Ledger.LedgerReport(0, 0, 0, 0, 0, 9_007_199_254_740_993L))));
    }

    @Test
    void anUnbalancedLedgerShowsWhatIsOff() {
        assertEquals("{\"balanced\":false,\"entriesSum\":-5,\"unbalancedTransfers\":1,\"mismatchedBalances\":2,"
                        + "\"negativeBalances\":3,\"packetsNotAddingUp\":4,\"transfers\":12}",
                json(LedgerCheckView.of(new Ledger.LedgerReport(-5, 1, 2, 3, 4, 12))));
    }
}
