package chat.messaging.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.messaging.internal.application.SendMessage.Sent;
import chat.platform.lifecycle.PlatformStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Group commit of the clients' sends on this node (ADR 0015): the sends that arrive while a batch
 * is being stored wait, then go together (at most {@link #MAX_BATCH}) in one transaction and one
 * commit, ordered by conversation, and each sender hears of its message only after that commit.
 * Under light load a batch is one send and nothing waits; under a blast the batch grows by itself,
 * so a conversation's counter is locked once per batch rather than once per message. When a batch
 * fails, its sends are stored again one by one, each in its own transaction, so one bad send
 * fails only its own sender. Before the committer starts (and in unit tests) a send is stored at
 * once on the caller's thread.
 */
@ApplicationScoped
public class SendBatches {

    static final int MAX_BATCH = 64;
    /** How long a sender waits for its batch before it is told to retry. */
    static final long WAIT_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(SendBatches.class.getName());
    private static final Comparator<Waiting> BY_CONVERSATION = Comparator.comparing(w -> w.message().groupId());

    @Inject
    StoreMessage store;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private volatile Thread committer;

    /** A send waiting for its batch's commit. */
    private record Waiting(StoreMessage.Unstored message, CompletableFuture<Sent> outcome) {
    }

    void start(@Observes @Priority(PlatformStartup.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object context) {
        Thread thread = threads.newThread(this::commitLoop);
        thread.setName("chat-send-batches");
        committer = thread; // before it starts: the loop runs while this is set
        thread.start();
    }

    /** Stores the message with the next batch; returns once that batch has committed. */
    public Sent store(StoreMessage.Unstored message) {
        if (committer == null) {
            return store.store(message);
        }
        Waiting waiting = new Waiting(message, new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.outcome().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the message was not stored within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the message was being stored", e);
        }
    }

    private void commitLoop() {
        try {
            while (committer != null) {
                List<Waiting> batch = new ArrayList<>();
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(List<Waiting> batch) {
        if (batch.size() > 1) {
            List<Waiting> ordered = batch.stream().sorted(BY_CONVERSATION).toList();
            try {
                List<Sent> sent = store.storeAll(ordered.stream().map(Waiting::message).toList());
                for (int i = 0; i < ordered.size(); i++) {
                    ordered.get(i).outcome().complete(sent.get(i));
                }
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a batch of " + batch.size() + " sends failed; storing them one by one", e);
            }
        }
        for (Waiting waiting : batch) {
            try {
                waiting.outcome().complete(store.store(waiting.message()));
            } catch (RuntimeException e) {
                waiting.outcome().completeExceptionally(e);
            }
        }
    }

    @PreDestroy
    void stop() {
        Thread thread = committer;
        committer = null;
        if (thread != null) {
            thread.interrupt();
        }
        List<Waiting> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.outcome().completeExceptionally(new IllegalStateException("the server is stopping")));
    }
}
