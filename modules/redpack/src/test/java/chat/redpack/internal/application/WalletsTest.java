package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Accounts;

class WalletsTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final Wallets wallets = fixture.wallets();

    @Test
    void aWalletNeverUsedHoldsNothing() {
        assertEquals(0, wallets.balance("ann"));
    }

    @Test
    void aWalletsBalanceIsWhatTheLedgerHolds() {
        fixture.ledger.fund(Accounts.wallet("ann"), 420);
        assertEquals(420, wallets.balance("ann"));
    }

    @Test
    void topUpsAreRefusedWhenTheServerHasThemOff() {
        var refused = assertThrows(ForbiddenException.class, () -> wallets.topUp("ann", 100, "t1"));
        assertEquals("TOPUPS_DISABLED", refused.code());
        assertEquals(List.of(), fixture.ledger.moved);
    }

    @Test
    void aTopUpBringsMoneyInFromOutside() {
        fixture.settings.topUps = true;
        var funded = wallets.topUp("ann", 100, "t1");
        assertTrue(funded.created());
        assertEquals(100, funded.balanceCents());
        assertEquals(List.of("TOPUP topup:ann:t1 external -> user:ann 100"), fixture.ledger.moved);
    }

    @Test
    void theSameTopUpAgainMovesNothingAndAnswersTheBalance() {
        fixture.settings.topUps = true;
        wallets.topUp("ann", 100, "t1");
        var again = wallets.topUp("ann", 100, "t1");
        assertFalse(again.created());
        assertEquals(100, again.balanceCents());
    }

    @Test
    void aTopUpAboveTheMaximumIsRefused() {
        fixture.settings.topUps = true;
        fixture.settings.maxTopUpCents = 500;
        assertEquals("amountCents", assertThrows(InvalidInputException.class,
                () -> wallets.topUp("ann", 501, "t1")).field());
    }

    @Test
    void aTopUpOfNothingIsRefused() {
        fixture.settings.topUps = true;
        assertEquals("amountCents", assertThrows(InvalidInputException.class,
                () -> wallets.topUp("ann", 0, "t1")).field());
    }

    @Test
    void aTopUpWithoutAClientIdIsRefused() {
        fixture.settings.topUps = true;
        assertEquals("clientId", assertThrows(InvalidInputException.class,
                () -> wallets.topUp("ann", 100, " ")).field());
    }

    @Test
    void theOperatorCreditsAnExistingUser() {
        fixture.user("ann");
        var funded = wallets.credit("ann", 5000, "k1");
        assertTrue(funded.created());
        assertEquals(5000, funded.balanceCents());
        assertEquals(List.of("CREDIT credit:ann:k1 external -> user:ann 5000"), fixture.ledger.moved);
    }

    @Test
    void creditsNeedNoTopUpSetting() {
        fixture.user("ann");
        fixture.settings.topUps = false;
        assertEquals(5000, wallets.credit("ann", 5000, "k1").balanceCents());
    }

    @Test
    void theSameCreditAgainMovesNothing() {
        fixture.user("ann");
        wallets.credit("ann", 5000, "k1");
        var again = wallets.credit("ann", 5000, "k1");
        assertFalse(again.created());
        assertEquals(5000, again.balanceCents());
    }

    @Test
    void aCreditToAnUnknownUserIsRefused() {
        assertThrows(NotFoundException.class, () -> wallets.credit("ghost", 5000, "k1"));
        assertEquals(List.of(), fixture.ledger.moved);
    }

    @Test
    void aCreditAboveTheMaximumIsRefusedBeforeTheUserIsLookedUp() {
        fixture.settings.maxCreditCents = 1000;
        assertEquals("amountCents", assertThrows(InvalidInputException.class,
                () -> wallets.credit("ghost", 1001, "k1")).field());
    }

    @Test
    void aCreditWithoutAClientIdIsRefused() {
        fixture.user("ann");
        assertEquals("clientId", assertThrows(InvalidInputException.class,
                () -> wallets.credit("ann", 100, null)).field());
    }
}
