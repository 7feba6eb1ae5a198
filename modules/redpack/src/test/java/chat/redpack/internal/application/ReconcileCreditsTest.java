package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Claim;

class ReconcileCreditsTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final ReconcileCredits reconcile = fixture.reconcileCredits();

    private void opened(String packetId, String userId, long cents, Instant at, boolean credited) {
        fixture.packets.claims.add(new Claim(packetId, userId, cents, at, credited));
        fixture.ledger.fund(Accounts.escrow(packetId), cents);
    }

    @Test
    void aClaimWhoseCreditIsLateIsCreditedHere() {
        opened("p", "bob", 70, Instant.now().minusSeconds(600), false);
        assertEquals(1, reconcile.reconcileBatch());
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
        assertTrue(fixture.packets.claim("p", "bob").orElseThrow().credited());
    }

    @Test
    void aClaimWithinTheGracePeriodIsLeftToTheQueue() {
        opened("p", "bob", 70, Instant.now(), false);
        assertEquals(0, reconcile.reconcileBatch());
        assertEquals(List.of(), fixture.ledger.moved);
        assertFalse(fixture.packets.claim("p", "bob").orElseThrow().credited());
    }

    @Test
    void theGracePeriodIsTheConfiguredOne() {
        fixture.settings.creditGraceSeconds = 300;
        Instant before = Instant.now();
        reconcile.reconcileBatch();
        Duration grace = Duration.between(fixture.packets.uncreditedBefore, before);
        assertTrue(grace.compareTo(Duration.ofSeconds(299)) > 0 && grace.compareTo(Duration.ofSeconds(301)) < 0,
                "grace " + grace);
    }

    @Test
    void aCreditedClaimIsNotCreditedAgain() {
        opened("p", "bob", 70, Instant.now().minusSeconds(600), true);
        assertEquals(0, reconcile.reconcileBatch());
        assertEquals(List.of(), fixture.ledger.moved);
    }

    @Test
    void aLateClaimWhoseTransferLandedButWasNotMarkedMovesNoMoneyTwice() {
        opened("p", "bob", 70, Instant.now().minusSeconds(600), false);
        fixture.ledger.transfer("claim:p:bob", chat.redpack.internal.domain.TransferKind.CLAIM,
                Accounts.escrow("p"), Accounts.wallet("bob"), 70);
        assertEquals(1, reconcile.reconcileBatch());
        assertEquals(1, fixture.ledger.moved.size());
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
        assertTrue(fixture.packets.claim("p", "bob").orElseThrow().credited());
    }

    @Test
    void eachLateClaimIsCredited() {
        Instant late = Instant.now().minusSeconds(600);
        opened("p", "bob", 70, late, false);
        opened("p", "cat", 30, late, false);
        assertEquals(2, reconcile.reconcileBatch());
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
        assertEquals(30, fixture.ledger.balance(Accounts.wallet("cat")));
    }
}
