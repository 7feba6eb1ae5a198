package chat.push.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.push.internal.domain.Channel;
import chat.push.internal.domain.PendingKey;
import chat.push.internal.domain.StoredMessage;

/** What the push queues carry survives the trip, and a failed job waits longer each time. */
class PushJobsTest {

    @Test
    void anIntakeBatchSurvivesItsTrip() {
        var messages = List.of(new StoredMessage("g", 3, "ann", "TEXT", "hi 抢红包", List.of("bo"), false),
                new StoredMessage("g", 4, "ann", "IMAGE", null, List.of(), true));
        assertEquals(messages, IntakeJson.decode(IntakeJson.encode(messages)));
    }

    @Test
    void aJobSurvivesItsTrip() {
        var key = new PendingKey("bo", "d1", "g", Channel.WEBHOOK);
        assertEquals(new PushDelivery.Job(key, 3), PushDelivery.job(PushDelivery.jobJson(key, 3)));
    }

    @Test
    void aFailedJobWaitsDoublingToTenMinutesOrAsLongAsItWasAsked() {
        assertEquals(Duration.ofSeconds(5), PushDelivery.backoff(0, null));
        assertEquals(Duration.ofSeconds(20), PushDelivery.backoff(2, null));
        assertEquals(Duration.ofMinutes(10), PushDelivery.backoff(30, null));
        assertEquals(Duration.ofSeconds(120), PushDelivery.backoff(0, Duration.ofSeconds(120)));
        assertEquals(Duration.ofSeconds(20), PushDelivery.backoff(2, Duration.ofSeconds(1)));
    }
}
