package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StoreRatePlanTest {

    @Test
    void defaultsAndRanges() {
        assertEquals(new StoreRateScenario.Plan(1_000, 8, 20_000, 8), StoreRateScenario.Plan.from(Options.parse()));
        assertEquals(new StoreRateScenario.Plan(5, 5, 20_000, 8), StoreRateScenario.Plan.from(Options.parse("--groups", "5")));
        assertThrows(IllegalArgumentException.class,
                () -> StoreRateScenario.Plan.from(Options.parse("--groups", "5", "--senders", "6")));
        assertThrows(IllegalArgumentException.class, () -> StoreRateScenario.Plan.from(Options.parse("--groups", "100001")));
        assertThrows(IllegalArgumentException.class, () -> StoreRateScenario.Plan.from(Options.parse("--senders", "1001")));
    }

    @Test
    void everyGroupHasItsSenderAndTwoDifferentUsersOfThePool() {
        StoreRateScenario.Plan plan = new StoreRateScenario.Plan(1_000, 8, 20_000, 8);
        assertEquals(17, plan.poolSize());
        Set<String> pairs = new HashSet<>();
        for (int g = 0; g < plan.groups(); g++) {
            int[] others = plan.othersOf(g);
            assertNotEquals(others[0], others[1]);
            assertEquals(g % 8, plan.senderOf(g));
            if (plan.senderOf(g) == 0) {
                pairs.add(others[0] + "," + others[1]);
            }
        }
        assertEquals(17, pairs.size()); // sender 0's groups do not all hold the same two
        assertArrayEquals(new int[] {0, 1}, new StoreRateScenario.Plan(1, 1, 1, 1).othersOf(0));
    }

    @Test
    void aSenderSendsIntoItsOwnGroupsInTurn() {
        StoreRateScenario.Plan plan = new StoreRateScenario.Plan(10, 3, 100, 1); // sender 0: 0, 3, 6, 9; 1: 1, 4, 7
        assertEquals(4, plan.groupsOf(0));
        assertEquals(3, plan.groupsOf(1));
        assertEquals(3, plan.groupsOf(2));
        int[] senderZero = new int[6];
        for (int k = 0; k < senderZero.length; k++) {
            senderZero[k] = plan.groupOf(3 * k);
        }
        assertArrayEquals(new int[] {0, 3, 6, 9, 0, 3}, senderZero);
        assertArrayEquals(new int[] {1, 4, 7, 1}, new int[] {plan.groupOf(1), plan.groupOf(4), plan.groupOf(7),
                plan.groupOf(10)});
        for (int i = 0; i < plan.messages(); i++) {
            assertEquals(i % 3, plan.senderOf(plan.groupOf(i)));
        }
    }

    @Test
    void theSampleSpreadsOverAllGroups() {
        assertArrayEquals(new int[] {0, 1, 2}, StoreRateCheck.sample(3, 50));
        int[] sample = StoreRateCheck.sample(1_000, 50);
        assertEquals(50, sample.length);
        assertEquals(0, sample[0]);
        assertEquals(20, sample[1]);
        assertEquals(980, sample[49]);
    }
}
