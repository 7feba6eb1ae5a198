package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MessagesPlanTest {

    @Test
    void defaults() {
        assertEquals(new MessagesScenario.Plan(10, 10, 1_000, 8, 0), MessagesScenario.Plan.from(Options.parse()));
        assertEquals(new MessagesScenario.Plan(3, 3, 1_000, 8, 0),
                MessagesScenario.Plan.from(Options.parse("--members", "3")));
        assertEquals(new MessagesScenario.Plan(10_000, 10, 500, 16, 1_000), MessagesScenario.Plan.from(
                Options.parse("--members", "10000", "--messages", "500", "--concurrency", "16", "--rate-pause-ms", "1000")));
    }

    @Test
    void sendersAreMembersAndAtMostAThousand() {
        assertThrows(IllegalArgumentException.class,
                () -> MessagesScenario.Plan.from(Options.parse("--members", "5", "--senders", "6")));
        assertThrows(IllegalArgumentException.class,
                () -> MessagesScenario.Plan.from(Options.parse("--members", "5000", "--senders", "1001")));
    }
}
