package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChaosPlanTest {

    @Test
    void theDefaultsAreTheIssuesRun() {
        ChaosPlan plan = ChaosPlan.from(Options.parse());
        assertEquals(200, plan.clients());
        assertEquals(20, plan.groups());
        assertEquals(10, plan.groupSize());
        assertEquals(100_000, plan.sends());
        assertEquals(10, plan.dropPercent());
        assertEquals(List.of(25, 50, 75), plan.faultsAt());
        assertEquals(25_000, plan.threshold(0));
        assertEquals(75_000, plan.threshold(2));
        assertEquals("chat_chaos", plan.dbName());
    }

    @Test
    void everySendBelongsToExactlyOneClient() {
        ChaosPlan plan = ChaosPlan.from(Options.parse("--clients", "20", "--groups", "2", "--sends", "2003"));
        assertEquals(2003, IntStream.range(0, 20).map(plan::sharesOf).sum());
        assertEquals(101, plan.sharesOf(0));
        assertEquals(100, plan.sharesOf(19));
    }

    @Test
    void clientsThatDoNotSplitIntoTheGroupsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ChaosPlan.from(Options.parse("--clients", "21", "--groups", "2")));
    }

    @Test
    void theSharedDatabasesCannotBeChosen() {
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.from(Options.parse("--db-name", "chat_it")));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.from(Options.parse("--db-name", "chat")));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.from(Options.parse("--db-name", "x; drop")));
    }

    @Test
    void faultPointsMustBeThreeRisingPercentages() {
        assertEquals(List.of(10, 20, 90), ChaosPlan.faultsAt("10, 20,90"));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.faultsAt("25,50"));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.faultsAt("50,25,75"));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.faultsAt("0,50,75"));
        assertThrows(IllegalArgumentException.class, () -> ChaosPlan.faultsAt("25,50,x"));
    }

    @Test
    void theClusterOnTheGivenPortIsFound() {
        String lsclusters = "14  old  5433 down   postgres /var/lib/postgresql/14/old /var/log/x.log\n"
                + "15  main 5432 online postgres /var/lib/postgresql/15/main /var/log/y.log\n";
        assertEquals(new PostgresRestart.Cluster("15", "main"), PostgresRestart.find(lsclusters, 5432));
        assertThrows(IllegalStateException.class, () -> PostgresRestart.find(lsclusters, 5999));
    }
}
