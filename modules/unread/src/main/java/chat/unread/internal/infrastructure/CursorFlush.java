package chat.unread.internal.infrastructure;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import chat.platform.broker.NodeSubscriptions;
import chat.platform.lifecycle.PlatformStartup;
import chat.unread.internal.domain.CursorMove;
import chat.unread.internal.domain.CursorStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;

/**
 * Writes the queued cursor moves to the database: up to {@value #BATCH} at a time, or what came
 * within {@link #LINGER} of the first, in one statement. A batch is taken off the queue only
 * after it is written, so a crash repeats it (moves are idempotent) rather than losing it.
 */
@ApplicationScoped
class CursorFlush {

    static final int BATCH = 2_000;
    static final Duration LINGER = Duration.ofMillis(200);

    @Inject
    NodeSubscriptions subscriptions;

    @Inject
    CursorStore store;

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        subscriptions.consumeInBatches(QueuedCursorMoves.QUEUE, BATCH, LINGER, this::write);
    }

    private void write(List<String> texts) {
        store.advance(texts.stream().map(CursorFlush::move).toList());
    }

    private static CursorMove move(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new CursorMove(json.getString("g"), json.getString("u"), json.getJsonNumber("s").longValue());
    }
}
