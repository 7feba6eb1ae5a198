package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesPlanTest {

    @Test
    void defaults() {
        assertEquals(new MessagesScenario.Plan(10, 10, 1_000, 8, 0, 0), MessagesScenario.Plan.from(Options.parse()));
        assertEquals(new MessagesScenario.Plan(3, 3, 1_000, 8, 0, 0),
                MessagesScenario.Plan.from(Options.parse("--members", "3")));
        assertEquals(new MessagesScenario.Plan(10_000, 10, 500, 16, 1_000, 0), MessagesScenario.Plan.from(
                Options.parse("--members", "10000", "--messages", "500", "--concurrency", "16", "--rate-pause-ms", "1000")));
    }

    @Test
    void aRateIsAFixedScheduleAndExcludesThePause() {
        MessagesScenario.Plan paced = MessagesScenario.Plan.from(Options.parse("--rate", "2000"));
        assertEquals(new MessagesScenario.Plan(10, 10, 1_000, 8, 0, 2_000), paced);
        assertEquals("rate", paced.pacingOption());
        assertEquals(2_000, paced.pacingValue());
        MessagesScenario.Plan paused = MessagesScenario.Plan.from(Options.parse("--rate-pause-ms", "500"));
        assertEquals("rate-pause-ms", paused.pacingOption());
        assertEquals(500, paused.pacingValue());
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> MessagesScenario.Plan.from(Options.parse("--rate", "100", "--rate-pause-ms", "0")));
        assertTrue(both.getMessage().contains("--rate and --rate-pause-ms cannot be given together"), both.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MessagesScenario.Plan.from(Options.parse("--rate", "100001")));
        assertThrows(IllegalArgumentException.class, () -> MessagesScenario.Plan.from(Options.parse("--rate", "-1")));
    }

    @Test
    void sendersAreMembersAndAtMostAThousand() {
        assertThrows(IllegalArgumentException.class,
                () -> MessagesScenario.Plan.from(Options.parse("--members", "5", "--senders", "6")));
        assertThrows(IllegalArgumentException.class,
                () -> MessagesScenario.Plan.from(Options.parse("--members", "5000", "--senders", "1001")));
    }
}
