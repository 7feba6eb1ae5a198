package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.faults.Undeliverable;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Claim;

class CreditClaimsTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final CreditClaims credit = fixture.creditClaims();

    private Claim opened(String packetId, String userId, long cents) {
        Claim claim = new Claim(packetId, userId, cents, Instant.now(), false);
        fixture.packets.claims.add(claim);
        fixture.ledger.fund(Accounts.escrow(packetId), cents);
        return claim;
    }

    @Test
    void aCreditOrderMovesTheClaimFromTheEscrowToTheWallet() {
        opened("p", "bob", 70);
        credit.credit("{\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":70}");
        assertEquals(List.of("CLAIM claim:p:bob escrow:p -> user:bob 70"), fixture.ledger.moved);
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
        assertTrue(fixture.packets.claim("p", "bob").orElseThrow().credited());
    }

    @Test
    void theAmountIsTheClaimsNotTheOrders() {
        opened("p", "bob", 70);
        credit.credit("{\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":9999}");
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
    }

    @Test
    void anOrderDeliveredTwiceCreditsOnce() {
        opened("p", "bob", 70);
        String order = "{\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":70}";
        credit.credit(order);
        credit.credit(order);
        assertEquals(1, fixture.ledger.moved.size());
        assertEquals(70, fixture.ledger.balance(Accounts.wallet("bob")));
    }

    @Test
    void anOrderNamingNoOpenedClaimIsUndeliverable() {
        var refused = assertThrows(Undeliverable.class,
                () -> credit.credit("{\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":70}"));
        assertEquals("no claim of bob on packet p", refused.getMessage());
        assertEquals(List.of(), fixture.ledger.moved);
    }

    @Test
    void aClaimCreditedByTheReconcilerIsNotCreditedAgainByTheQueue() {
        Claim claim = opened("p", "bob", 70);
        credit.credit(claim);
        credit.credit("{\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":70}");
        assertEquals(1, fixture.ledger.moved.size());
    }
}
