package chat.platform.operations;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.db.Sql;
import chat.platform.lifecycle.NodeConnections;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The last hours of the metrics the console charts ({@code platform.metric_samples}): every node
 * writes its messages-stored counter and open connections every
 * {@code CHAT_METRICS_HISTORY_SAMPLE_SECONDS} (60) and removes its own samples older than
 * {@value #KEPT_MINUTES} minutes; any node reads everyone's as {@link MinuteSeries}.
 */
@ApplicationScoped
class MetricHistory {

    private static final Logger LOG = Logger.getLogger(MetricHistory.class.getName());
    static final int KEPT_MINUTES = 120;
    static final String MESSAGES_STORED = "chat_messages_stored";

    @Inject
    NodeRoster roster;

    @Inject
    NodeConnections connections;

    @Inject
    ChatMetrics metrics;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "chat.metrics.history-sample-seconds", defaultValue = "60")
    int sampleSeconds;

    private ScheduledFuture<?> sampling;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 40) @Initialized(ApplicationScoped.class) Object context) {
        sampling = scheduler.scheduleAtFixedRate(this::sample, 0, sampleSeconds, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            Sql.update(dataSource, "INSERT INTO platform.metric_samples (node, at, messages_stored, connections)"
                            + " VALUES (?, now(), ?, ?) ON CONFLICT DO NOTHING",
                    roster.name(), metrics.count(MESSAGES_STORED), connections.open());
            Sql.update(dataSource, "DELETE FROM platform.metric_samples WHERE node = ? AND at < now() - make_interval(mins => ?)",
                    roster.name(), KEPT_MINUTES);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "this node's metrics were not sampled; the next sample tries again", e);
        }
    }

    /** The last {@code minutes} minutes (the current one included) of every node, a point a minute. */
    List<MinuteSeries.Point> lastMinutes(int minutes) {
        // A sample from before the window gives each node's counter its starting point.
        List<MinuteSeries.Sample> samples = Sql.query(dataSource, "SELECT node, at, messages_stored, connections"
                        + " FROM platform.metric_samples WHERE at >= now() - make_interval(mins => ?) ORDER BY at",
                row -> new MinuteSeries.Sample(row.getString(1), row.getTimestamp(2).toInstant(), row.getLong(3),
                        row.getInt(4)),
                minutes + 5);
        return MinuteSeries.of(samples, Instant.now().minusSeconds(60L * (minutes - 1)));
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.cancel(false);
        }
    }
}
