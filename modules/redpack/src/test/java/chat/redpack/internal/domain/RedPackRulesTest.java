package chat.redpack.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import chat.platform.errors.InvalidInputException;
import chat.redpack.internal.domain.RedPackRules.Limits;

class RedPackRulesTest {

    /** At most 2,000,000 cents and 1,000 shares, in a group of 50. */
    private static final Limits GROUP_OF_FIFTY = new Limits(2_000_000, 1_000, 50, false);
    /** The same maxima in a group larger than the share limit. */
    private static final Limits GROUP_OF_FIVE_THOUSAND = new Limits(2_000_000, 1_000, 5_000, false);
    private static final Limits DIRECT = new Limits(2_000_000, 1_000, 2, true);

    // Shares

    @Test
    void onePacketOfOneShareIsTaken() {
        assertDoesNotThrow(() -> RedPackRules.check(1, 1, GROUP_OF_FIFTY));
    }

    @Test
    void noSharesAreRefusedNamingCount() {
        var refused = refused(() -> RedPackRules.check(100, 0, GROUP_OF_FIFTY));
        assertEquals("count", refused.field());
        assertEquals("count: must be at least 1", refused.getMessage());
    }

    @Test
    void aNegativeCountIsRefused() {
        assertEquals("count", refused(() -> RedPackRules.check(100, -1, GROUP_OF_FIFTY)).field());
    }

    @Test
    void anEmptyTotalIsNamedBeforeTheSharesAreWeighedAgainstTheGroup() {
        var refused = refused(() -> RedPackRules.check(0, 51, GROUP_OF_FIFTY));
        assertEquals("totalCents", refused.field());
        assertEquals("totalCents: must be at least 1 cent per share (51)", refused.getMessage());
    }

    @Test
    void aGroupPacketMayHaveAShareForEveryMember() {
        assertDoesNotThrow(() -> RedPackRules.check(50, 50, GROUP_OF_FIFTY));
    }

    @Test
    void aGroupPacketMayNotHaveMoreSharesThanMembers() {
        var refused = refused(() -> RedPackRules.check(51, 51, GROUP_OF_FIFTY));
        assertEquals("count", refused.field());
        assertEquals("count: must be at most the group's 50 members", refused.getMessage());
    }

    @Test
    void aPacketMayHaveTheConfiguredMostShares() {
        assertDoesNotThrow(() -> RedPackRules.check(1_000, 1_000, GROUP_OF_FIVE_THOUSAND));
    }

    @Test
    void aPacketMayNotHaveOneShareMoreThanConfigured() {
        var refused = refused(() -> RedPackRules.check(1_001, 1_001, GROUP_OF_FIVE_THOUSAND));
        assertEquals("count", refused.field());
        assertEquals("count: must be at most 1000", refused.getMessage());
    }

    @Test
    void aHugeCountIsRefusedNotWrapped() {
        assertEquals("count", refused(() -> RedPackRules.check(Long.MAX_VALUE, (1L << 32) + 1, GROUP_OF_FIVE_THOUSAND)).field());
    }

    @Test
    void aDirectChatPacketHasOneShare() {
        assertDoesNotThrow(() -> RedPackRules.check(100, 1, DIRECT));
    }

    @Test
    void aDirectChatPacketOfTwoSharesIsRefused() {
        var refused = refused(() -> RedPackRules.check(100, 2, DIRECT));
        assertEquals("count", refused.field());
        assertEquals("count: a red packet in a direct chat has one share", refused.getMessage());
    }

    @Test
    void aDirectChatPacketOfNoSharesSaysAtLeastOne() {
        assertEquals("count: must be at least 1", refused(() -> RedPackRules.check(100, 0, DIRECT)).getMessage());
    }

    @Test
    void aCountErrorComesBeforeATotalError() {
        assertEquals("count", refused(() -> RedPackRules.check(0, 0, GROUP_OF_FIFTY)).field());
    }

    // Totals

    @Test
    void aTotalOfOneCentPerShareIsTaken() {
        assertDoesNotThrow(() -> RedPackRules.check(10, 10, GROUP_OF_FIFTY));
    }

    @Test
    void aTotalOfLessThanOneCentPerShareIsRefusedNamingTotalCents() {
        var refused = refused(() -> RedPackRules.check(9, 10, GROUP_OF_FIFTY));
        assertEquals("totalCents", refused.field());
        assertEquals("totalCents: must be at least 1 cent per share (10)", refused.getMessage());
    }

    @Test
    void aTotalOfNothingIsRefused() {
        assertEquals("totalCents", refused(() -> RedPackRules.check(0, 1, GROUP_OF_FIFTY)).field());
    }

    @Test
    void aNegativeTotalIsRefused() {
        assertEquals("totalCents", refused(() -> RedPackRules.check(-100, 1, GROUP_OF_FIFTY)).field());
    }

    @Test
    void aTotalOfTheConfiguredMostIsTaken() {
        assertDoesNotThrow(() -> RedPackRules.check(2_000_000, 1, GROUP_OF_FIFTY));
    }

    @Test
    void aTotalOneCentPastTheConfiguredMostIsRefused() {
        var refused = refused(() -> RedPackRules.check(2_000_001, 1, GROUP_OF_FIFTY));
        assertEquals("totalCents", refused.field());
        assertEquals("totalCents: must be at most 2000000", refused.getMessage());
    }

    // Greetings

    @Test
    void aMissingGreetingIsBestWishes() {
        assertEquals("Best wishes", RedPackRules.greeting(null));
    }

    @Test
    void anEmptyGreetingIsBestWishes() {
        assertEquals("Best wishes", RedPackRules.greeting(""));
    }

    @Test
    void aGreetingOfOnlySpacesIsBestWishes() {
        assertEquals("Best wishes", RedPackRules.greeting(" \t "));
    }

    @Test
    void aGreetingLosesTheSpacesAroundIt() {
        assertEquals("Happy new year", RedPackRules.greeting("  Happy new year "));
    }

    @Test
    void aGreetingOfOneHundredCharactersIsKept() {
        assertEquals("g".repeat(100), RedPackRules.greeting("g".repeat(100)));
    }

    @Test
    void aGreetingOfOneHundredAndOneCharactersIsRefusedNamingGreeting() {
        var refused = refused(() -> RedPackRules.greeting("g".repeat(101)));
        assertEquals("greeting", refused.field());
        assertEquals("greeting: must be at most 100 characters", refused.getMessage());
    }

    @Test
    void aGreetingIsCountedInCharactersNotUtf16Units() {
        assertEquals("🧧".repeat(100), RedPackRules.greeting("🧧".repeat(100)));
    }

    // Idempotency ids

    @Test
    void aClientIdOfOneCharacterIsKept() {
        assertEquals("k", RedPackRules.clientId("k"));
    }

    @Test
    void aClientIdOfOneHundredCharactersIsKept() {
        assertEquals("k".repeat(100), RedPackRules.clientId("k".repeat(100)));
    }

    @Test
    void aClientIdOfOneHundredAndOneCharactersIsRefusedNamingClientId() {
        var refused = refused(() -> RedPackRules.clientId("k".repeat(101)));
        assertEquals("clientId", refused.field());
        assertTrue(refused.getMessage().startsWith("clientId: "), refused.getMessage());
    }

    @Test
    void aMissingClientIdIsRefused() {
        assertEquals("clientId", refused(() -> RedPackRules.clientId(null)).field());
    }

    @Test
    void anEmptyClientIdIsRefused() {
        assertEquals("clientId", refused(() -> RedPackRules.clientId("")).field());
    }

    @Test
    void aClientIdOfOnlySpacesIsRefused() {
        assertEquals("clientId", refused(() -> RedPackRules.clientId("   ")).field());
    }

    // Amounts moved into a wallet

    @Test
    void anAmountOfOneCentIsTaken() {
        assertEquals(1, RedPackRules.amount(1, 1_000_000));
    }

    @Test
    void anAmountOfNothingIsRefusedNamingAmountCents() {
        var refused = refused(() -> RedPackRules.amount(0, 1_000_000));
        assertEquals("amountCents", refused.field());
        assertEquals("amountCents: must be 1 to 1000000", refused.getMessage());
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertEquals("amountCents", refused(() -> RedPackRules.amount(-1, 1_000_000)).field());
    }

    @Test
    void anAmountOfTheMostAllowedIsTaken() {
        assertEquals(1_000_000, RedPackRules.amount(1_000_000, 1_000_000));
    }

    @Test
    void anAmountOneCentPastTheMostAllowedIsRefused() {
        assertEquals("amountCents", refused(() -> RedPackRules.amount(1_000_001, 1_000_000)).field());
    }

    private static InvalidInputException refused(Executable call) {
        var refused = assertThrows(InvalidInputException.class, call);
        assertEquals("BAD_REQUEST", refused.code());
        assertEquals(400, refused.status());
        return refused;
    }
}
