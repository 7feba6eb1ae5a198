package chat.push.internal.application;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

import chat.groups.api.ConversationDirectory;
import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;
import chat.identity.api.WsTickets;
import chat.platform.faults.CrashPoints;
import chat.platform.faults.Undeliverable;
import chat.platform.json.Json;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import chat.platform.outbox.OutboxDestination;
import chat.push.internal.domain.Channel;
import chat.push.internal.domain.Delivery;
import chat.push.internal.domain.PendingKey;
import chat.push.internal.domain.PendingPush;
import chat.push.internal.domain.PendingPushes;
import chat.push.internal.domain.PushNotice;
import chat.push.internal.domain.PushSubscriptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

/**
 * A delivery job: takes what waits for one device, conversation and channel (locked, so two jobs
 * never send it twice), sends it as one push, and settles it once the other side took it. While
 * the job runs, the intake counts new messages of that conversation into the same row, and they
 * leave with the next push. A push the other side could not take now is tried again later (the
 * caller schedules the job again); a subscription the push service says is gone is removed (unless
 * the device subscribed anew meanwhile); a
 * webhook push that failed for a day is given up and dead-lettered for the operator.
 */
@ApplicationScoped
public class PushDelivery {

    public static final OutboxDestination QUEUE = OutboxDestination.queue("chat.push-deliveries");
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(PushDelivery.class.getName());

    @Inject
    PendingPushes pending;

    @Inject
    PushSubscriptions subscriptions;

    @Inject
    PushChannels channels;

    @Inject
    ConversationDirectory conversations;

    @Inject
    UserDirectory users;

    @Inject
    PushSettings settings;

    @Inject
    WsTickets sessions;

    @Inject
    CrashPoints crashPoints;

    @Inject
    ChatMetrics metrics;

    private LongConsumer sent;
    private LongConsumer failed;

    void registerMetrics(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        sent = metrics.counter("chat_pushes_sent", "Offline pushes a push service or the company's push gateway accepted");
        failed = metrics.counter("chat_pushes_failed", "Offline push attempts that were not accepted (retried, refused, "
                + "or to a subscription that is gone)");
    }

    /** A job of the delivery queue. */
    public record Job(PendingKey key, int attempt) {
    }

    public static String jobJson(PendingKey key, int attempt) {
        return Json.createObjectBuilder().add("v", 1).add("u", key.userId()).add("d", key.deviceId())
                .add("g", key.conversationId()).add("c", key.channel().name()).add("a", attempt).build().toString();
    }

    public static Job job(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new Job(new PendingKey(json.getString("u"), json.getString("d"), json.getString("g"),
                Channel.valueOf(json.getString("c"))), json.getInt("a", 0));
    }

    /** The job's next run after this attempt failed: {@code Retry-After} if longer, else 5 s doubling to 10 min. */
    public static Duration backoff(int attempt, Duration retryAfter) {
        Duration doubling = Duration.ofSeconds(5).multipliedBy(1L << Math.min(attempt, 7));
        Duration capped = doubling.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : doubling;
        return retryAfter != null && retryAfter.compareTo(capped) > 0 ? retryAfter : capped;
    }

    /** Sends what waits; answers how long to wait before the job runs again, empty when it is done. */
    @Transactional(dontRollbackOn = Undeliverable.class)
    public Optional<Duration> deliver(Job job) {
        Optional<PendingPush> waiting = pending.take(job.key());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        PendingPush push = waiting.get();
        crashPoints.reached(CrashPoints.PUSH_BEFORE_SEND);
        Delivery delivery = send(push);
        (delivery.outcome() == Delivery.Outcome.SENT ? sent : failed).accept(1);
        switch (delivery.outcome()) {
            case SENT -> pending.settle(push.key());
            case GONE -> pending.settle(push.key());
            case REFUSED -> {
                pending.settle(push.key());
                LOG.warning(() -> "a push to " + push.key() + " was refused: " + delivery.detail());
            }
            case RETRY -> {
                return retry(push, delivery);
            }
        }
        return Optional.empty();
    }

    private Optional<Duration> retry(PendingPush push, Delivery delivery) {
        Instant firstFailed = push.firstFailedAt() == null ? Instant.now() : push.firstFailedAt();
        if (Duration.between(firstFailed, Instant.now()).compareTo(GIVE_UP_AFTER) >= 0) {
            pending.settle(push.key());
            throw new Undeliverable("a push to " + push.key() + " failed for a day, " + (push.attempts() + 1)
                    + " attempts, the last: " + delivery.detail());
        }
        pending.failed(push.key());
        return Optional.of(backoff(push.attempts(), delivery.retryAfter()));
    }

    private Delivery send(PendingPush push) {
        PendingKey key = push.key();
        var profile = conversations.profile(key.conversationId());
        if (profile.isEmpty()) {
            return Delivery.refused("the conversation is gone");
        }
        UserSummary sender = users.find(List.of(push.lastSenderId())).get(push.lastSenderId());
        String senderName = sender == null ? "Someone" : sender.nickname();
        var notice = PushNotice.of(push, profile.get().direct() ? null : profile.get().name(), senderName, settings.previews());
        if (key.channel() == Channel.WEBHOOK) {
            return channels.webhook(key.userId(), key.deviceId(), notice);
        }
        return subscriptions.of(key.userId(), key.deviceId()).map(subscription -> {
            if (sessions.ended(key.userId(), subscription.sessionId())) {
                // logged out or disabled, and this node has not yet heard of it (SessionEnded removes it everywhere)
                subscriptions.removeSession(subscription.sessionId());
                return Delivery.gone("the session that subscribed was logged out");
            }
            Delivery delivery = channels.webPush(subscription, notice);
            if (delivery.outcome() == Delivery.Outcome.GONE) {
                subscriptions.removeGone(key.userId(), key.deviceId(), subscription.endpoint());
            }
            return delivery;
        }).orElseGet(() -> Delivery.gone("the device has no subscription any more"));
    }
}
