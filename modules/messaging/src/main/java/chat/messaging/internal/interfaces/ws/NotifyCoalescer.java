package chat.messaging.internal.interfaces.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;

/**
 * Batches notifies in busy conversations, per connection: the first notify of a quiet
 * conversation leaves at once; while notifies come faster, a connection gets at most one per
 * conversation a second, or one at once when ten are waiting. Every member still sees the same
 * order: a batched notify carries the latest seq and, when whole, the messages in between.
 */
@ApplicationScoped
class NotifyCoalescer {

    static final long INTERVAL_MILLIS = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<Connection> waiting = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> sweep;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        sweep = scheduler.scheduleWithFixedDelay(this::flushDue, 100, 100, TimeUnit.MILLISECONDS);
    }

    void offer(Connection connection, String groupId, long seq, List<JsonObject> items) {
        String ready;
        synchronized (connection) {
            Map<String, PendingNotify> pending = connection.pendingNotifies();
            PendingNotify notify = pending.computeIfAbsent(groupId, PendingNotify::new);
            notify.add(seq, items);
            boolean quiet = System.currentTimeMillis() - connection.lastNotifyMillis(groupId) >= INTERVAL_MILLIS;
            if (!quiet && !notify.full()) {
                waiting.add(connection);
                return;
            }
            ready = take(connection, groupId);
        }
        connection.send(ready);
    }

    private void flushDue() {
        long now = System.currentTimeMillis();
        for (Connection connection : waiting) {
            List<String> ready = new ArrayList<>();
            synchronized (connection) {
                for (String groupId : List.copyOf(connection.pendingNotifies().keySet())) {
                    if (now - connection.lastNotifyMillis(groupId) >= INTERVAL_MILLIS) {
                        ready.add(take(connection, groupId));
                    }
                }
                if (connection.pendingNotifies().isEmpty()) {
                    waiting.remove(connection);
                }
            }
            ready.forEach(connection::send);
        }
    }

    private static String take(Connection connection, String groupId) {
        PendingNotify notify = connection.pendingNotifies().remove(groupId);
        connection.notified(groupId, System.currentTimeMillis());
        return notify.frame();
    }

    void closed(Connection connection) {
        waiting.remove(connection);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
