package chat.platform.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.platform.faults.Backoff;
import chat.platform.faults.Failures;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * One queue's consumer loop on its own thread, in a transacted session: a batch is acknowledged only
 * when its handler returns. A handler that fails because a part is away (the database restarting, a
 * pool with no connection) is retried with backoff for as long as that lasts, its batch held, never
 * dead-lettered. A message that can never succeed (it does not parse, or names nothing that exists),
 * or that failed for an unknown reason {@value #UNKNOWN_FAILURES_BEFORE_DEAD_LETTER} times, moves to
 * the dead-letter queue in the same broker transaction that acknowledges it; a batch that holds one
 * is split, so its other messages are handled.
 */
final class QueueConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class.getName());
    static final int UNKNOWN_FAILURES_BEFORE_DEAD_LETTER = 5;

    private final String queue;
    private final Session session;
    private final MessageConsumer consumer;
    private final int maxBatch;
    private final Duration linger;
    private final Consumer<List<String>> handler;
    private final BooleanSupplier stopped;
    private final Backoff brokerBackoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    QueueConsumer(String queue, Session session, int maxBatch, Duration linger, Consumer<List<String>> handler,
                  BooleanSupplier stopped) throws JMSException {
        this.queue = queue;
        this.session = session;
        this.consumer = session.createConsumer(session.createQueue(queue));
        this.maxBatch = maxBatch;
        this.linger = linger;
        this.handler = handler;
        this.stopped = stopped;
    }

    @Override
    public void run() {
        while (!stopped.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            try {
                List<Message> batch = receiveBatch();
                if (!batch.isEmpty()) {
                    settle(batch);
                    session.commit();
                }
                brokerBackoff.succeeded().ifPresent(down ->
                        LOG.info("the consumer of " + queue + " is back after " + down.toSeconds() + " s"));
            } catch (JMSException | RuntimeException e) {
                if (stopped.getAsBoolean()) {
                    return;
                }
                if (brokerBackoff.failed()) {
                    LOG.log(Level.WARNING, "the consumer of " + queue + " lost the broker; what it held is"
                            + " redelivered, and it retries with backoff", e);
                }
                sleep(brokerBackoff.delay());
            }
        }
    }

    private List<Message> receiveBatch() throws JMSException {
        List<Message> batch = new ArrayList<>();
        Message first = consumer.receive(1_000);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        long until = System.nanoTime() + linger.toNanos();
        while (batch.size() < maxBatch) {
            long waitMillis = (until - System.nanoTime()) / 1_000_000;
            Message next = waitMillis > 0 ? consumer.receive(waitMillis) : consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    /** Handles the batch, retrying while a part is away; returns once every message is handled or dead-lettered. */
    private void settle(List<Message> batch) throws JMSException {
        Backoff retry = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        int unknownFailures = 0;
        while (true) {
            try {
                handler.accept(texts(batch));
                retry.succeeded().ifPresent(down -> LOG.info("a batch of " + queue + " went through after "
                        + down.toSeconds() + " s of retries"));
                return;
            } catch (RuntimeException e) {
                if (stopped.getAsBoolean()) {
                    throw e;
                }
                boolean permanent = Failures.isPermanent(e)
                        || !Failures.isTransient(e) && ++unknownFailures >= UNKNOWN_FAILURES_BEFORE_DEAD_LETTER;
                if (permanent) {
                    giveUp(batch, e);
                    return;
                }
                if (retry.failed()) {
                    LOG.log(Level.WARNING, "a batch of " + batch.size() + " messages of " + queue
                            + " failed; it is held and retried with backoff", e);
                }
                sleep(retry.delay());
            }
        }
    }

    private void giveUp(List<Message> batch, RuntimeException failure) throws JMSException {
        if (batch.size() > 1) {
            for (Message one : batch) {
                settle(List.of(one));
            }
            return;
        }
        Message message = batch.get(0);
        LOG.log(Level.WARNING, "a message of " + queue + " can never be handled; it goes to the dead-letter queue "
                + DeadLetters.QUEUE + " for an operator", failure);
        var dead = session.createTextMessage(message instanceof TextMessage text ? text.getText() : null);
        dead.setStringProperty(DeadLetters.ORIGIN, queue);
        dead.setStringProperty(DeadLetters.ERROR, DeadLetters.describe(failure));
        dead.setStringProperty(DeadLetters.FAILED_AT, Instant.now().toString());
        session.createProducer(session.createQueue(DeadLetters.QUEUE)).send(dead);
    }

    private static List<String> texts(List<Message> batch) {
        return batch.stream().map(QueueConsumer::text).toList();
    }

    private static String text(Message message) {
        try {
            return ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a message's text", e);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(Math.max(1, delay.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
