package chat.platform.metrics;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The server's own figures on {@code /metrics} (Prometheus text, application scope): every name
 * starts {@code chat_} and carries a help text, the line a dashboard shows beside it. Modules get
 * plain functions to count, time and read with, so none of them needs the metrics API. A counter
 * {@code chat_x} reads {@code chat_x_total}; a timer {@code chat_y} reads {@code chat_y_seconds}
 * with its buckets ({@code mp.metrics.distribution.timer.buckets}); a gauge reads as it is named.
 */
@ApplicationScoped
public class ChatMetrics {

    @Inject
    MetricRegistry registry;

    /** A count that only grows: the function adds to it. */
    public LongConsumer counter(String name, String help) {
        var counter = registry.counter(metadata(name, help, MetricUnits.NONE));
        return counter::inc;
    }

    /** A figure read when scraped: the function answers it. */
    public void gauge(String name, String help, LongSupplier value) {
        registry.gauge(metadata(name, help, MetricUnits.NONE), value, LongSupplier::getAsLong);
    }

    /** Durations, as a histogram: the function records one. */
    public Consumer<Duration> timer(String name, String help) {
        Timer timer = registry.timer(metadata(name, help, MetricUnits.SECONDS));
        return timer::update;
    }

    /** What a counter made here has counted on this node so far; 0 when none is named so. */
    public long count(String name) {
        Counter counter = registry.getCounter(new MetricID(name));
        return counter == null ? 0 : counter.getCount();
    }

    private static Metadata metadata(String name, String help, String unit) {
        if (!name.startsWith("chat_") || help == null || help.isBlank()) {
            throw new IllegalArgumentException("a metric of the server's is named chat_... and has a help text: " + name);
        }
        return Metadata.builder().withName(name).withDescription(help).withUnit(unit).build();
    }
}
