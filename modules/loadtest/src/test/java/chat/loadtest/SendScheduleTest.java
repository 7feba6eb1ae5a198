package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SendScheduleTest {

    @Test
    void messageIIsDueAtStartPlusIOverTheRate() {
        SendSchedule schedule = new SendSchedule(4, 1_000);
        assertTrue(schedule.fixed());
        assertEquals(1_000, schedule.dueNanos(0));
        assertEquals(1_000 + 250_000_000, schedule.dueNanos(1));
        assertEquals(1_000 + 2_500_000_000L, schedule.dueNanos(10));
        // a million messages at the highest rate stay exact in nanoseconds
        assertEquals(10_000_000_000L, new SendSchedule(100_000, 0).dueNanos(1_000_000));
    }

    @Test
    void aSendOverFiveMillisecondsBehindItsSlotIsLate() {
        SendSchedule schedule = new SendSchedule(1_000, 0); // message i due at i ms
        schedule.left(0, 0);
        schedule.left(1, 1_000_000 + SendSchedule.LATE_NANOS); // exactly 5 ms behind: on time
        schedule.left(2, 2_000_000 + SendSchedule.LATE_NANOS + 1);
        schedule.left(3, 3_000_000 + 40_000_000);
        assertEquals(2, schedule.late());
        assertEquals("2 of 4 (the furthest behind left 40.0 ms after its slot)", schedule.describeLate(4));
    }

    @Test
    void withoutARateNothingIsDueOrLate() throws InterruptedException {
        SendSchedule none = new SendSchedule(0, System.nanoTime());
        assertFalse(none.fixed());
        assertTrue(none.awaitDue(1_000_000, Deadline.after(Duration.ZERO)));
        none.left(5, Long.MAX_VALUE);
        assertEquals(0, none.late());
        assertEquals("none sent", none.describeLate(0));
    }

    @Test
    void aSlotBeforeTheDeadlineIsAwaitedAndOneAfterItIsRefused() throws InterruptedException {
        SendSchedule schedule = new SendSchedule(50, System.nanoTime()); // message i due at i x 20 ms
        assertEquals(20_000_000, schedule.dueNanos(1) - schedule.dueNanos(0));
        assertTrue(schedule.awaitDue(1, Deadline.after(Duration.ofSeconds(10))));
        assertFalse(schedule.awaitDue(1_000, Deadline.after(Duration.ofSeconds(1)))); // due in 20 s
    }
}
