package chat.platform.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.operations.MinuteSeries.Point;
import chat.platform.operations.MinuteSeries.Sample;

class MinuteSeriesTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private static Sample at(String node, int seconds, long stored, int connections) {
        return new Sample(node, T0.plusSeconds(seconds), stored, connections);
    }

    private static List<Sample> list(Sample... samples) {
        return new ArrayList<>(List.of(samples));
    }

    @Test
    void eachMinuteCountsWhatTheCounterGrewAndTheLastConnections() {
        var points = MinuteSeries.of(list(at("a", 0, 100, 5), at("a", 30, 130, 7), at("a", 60, 200, 4), at("a", 90, 200, 3)), T0);
        assertEquals(List.of(new Point(T0, 30, 7), new Point(T0.plusSeconds(60), 70, 3)), points);
    }

    @Test
    void theNodesAreSummedMinuteByMinute() {
        var points = MinuteSeries.of(list(at("b", 61, 10, 2), at("a", 0, 0, 1), at("b", 0, 5, 2), at("a", 60, 40, 3)), T0);
        assertEquals(List.of(new Point(T0, 0, 3), new Point(T0.plusSeconds(60), 45, 5)), points);
    }

    @Test
    void aSampleBeforeTheWindowIsOnlyAStart() {
        var points = MinuteSeries.of(list(at("a", -120, 1_000, 9), at("a", 10, 1_050, 2)), T0);
        assertEquals(List.of(new Point(T0, 50, 2)), points);
    }

    @Test
    void aCounterThatFellMeansARestartThatCountedAfresh() {
        assertEquals(12, MinuteSeries.grown(500, 12));
        assertEquals(0, MinuteSeries.grown(500, 500));
        var points = MinuteSeries.of(list(at("a", 0, 500, 1), at("a", 70, 12, 0)), T0);
        assertEquals(new Point(T0.plusSeconds(60), 12, 0), points.get(1));
    }

    @Test
    void noSamplesNoPoints() {
        assertEquals(List.of(), MinuteSeries.of(list(), T0));
    }
}
