package chat.platform.operations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The nodes' samples as one series a minute: the messages stored in that minute on all nodes (each
 * node's counter only grows while it runs, so a fall means it restarted and counted afresh), and the
 * connections open at the minute's last sample of each node, summed.
 */
final class MinuteSeries {

    /** What one node's metrics read at one time. */
    record Sample(String node, Instant at, long messagesStored, int connections) {
    }

    /** One minute of the whole cluster. */
    record Point(Instant minute, long messagesStored, int connections) {
    }

    private MinuteSeries() {
    }

    /** The minutes from {@code from} on that have a sample, oldest first; earlier samples only give a start. */
    static List<Point> of(List<Sample> samples, Instant from) {
        Instant firstMinute = from.truncatedTo(ChronoUnit.MINUTES);
        Map<Instant, long[]> minutes = new TreeMap<>();
        Map<String, List<Sample>> byNode = samples.stream().collect(Collectors.groupingBy(Sample::node));
        for (List<Sample> ofNode : byNode.values()) {
            ofNode.sort(Comparator.comparing(Sample::at));
            Map<Instant, Sample> lastOfMinute = new TreeMap<>();
            Sample previous = null;
            for (Sample sample : ofNode) {
                Instant minute = sample.at().truncatedTo(ChronoUnit.MINUTES);
                long stored = previous == null ? 0 : grown(previous.messagesStored(), sample.messagesStored());
                if (!minute.isBefore(firstMinute)) {
                    minutes.computeIfAbsent(minute, m -> new long[2])[0] += stored;
                    lastOfMinute.put(minute, sample);
                }
                previous = sample;
            }
            lastOfMinute.forEach((minute, last) -> minutes.get(minute)[1] += last.connections());
        }
        List<Point> points = new ArrayList<>();
        minutes.forEach((minute, sums) -> points.add(new Point(minute, sums[0], (int) sums[1])));
        return points;
    }

    /** How much a node's counter grew between two samples: all of the later one when the node restarted. */
    static long grown(long before, long after) {
        return after >= before ? after - before : after;
    }
}
