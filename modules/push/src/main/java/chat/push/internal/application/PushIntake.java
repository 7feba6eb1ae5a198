package chat.push.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.ConversationProfile;
import chat.identity.api.OfflineDevices;
import chat.messaging.api.MessageStored;
import chat.messaging.api.MessagesStored;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import chat.push.internal.domain.Channel;
import chat.push.internal.domain.PendingKey;
import chat.push.internal.domain.PendingPushes;
import chat.push.internal.domain.PushAudience;
import chat.push.internal.domain.PushNotice;
import chat.push.internal.domain.PushSubscription;
import chat.push.internal.domain.PushSubscriptions;
import chat.push.internal.domain.StoredMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * From stored messages to waiting pushes. In the sends' own transaction a batch of messages joins
 * the durable intake queue (one outbox row). Off the send path, each is routed: its audience
 * ({@link PushAudience}), their devices with no live connection, and for each such device and
 * channel the message is counted as waiting; a device and conversation that had nothing waiting
 * gets a delivery job, in the same transaction.
 */
@ApplicationScoped
public class PushIntake {

    public static final OutboxDestination QUEUE = OutboxDestination.queue("chat.push-intake");

    @Inject
    Outbox outbox;

    @Inject
    PushSettings settings;

    @Inject
    ConversationDirectory conversations;

    @Inject
    OfflineDevices offlineDevices;

    @Inject
    PushSubscriptions subscriptions;

    @Inject
    PendingPushes pending;

    @Inject
    PushChannels channels;

    void stored(@Observes MessagesStored batch) {
        List<StoredMessage> pushable = batch.messages().stream().filter(m -> !"SYSTEM".equals(m.type()))
                .map(this::storedMessage).toList();
        if (!pushable.isEmpty()) {
            outbox.add(QUEUE, pushable.get(0).groupId(), IntakeJson.encode(pushable));
        }
    }

    private StoredMessage storedMessage(MessageStored m) {
        String preview = settings.previews() && m.text() != null ? PushNotice.cut(m.text()) : null;
        return new StoredMessage(m.groupId(), m.seq(), m.senderId(), m.type(), preview, m.mentions(), m.mentionAll());
    }

    /**
     * One intake message: its batch routed in one transaction (a repeat counts nothing twice). With
     * no webhook and no subscription anywhere there is no one to push to, and nothing is looked up.
     */
    @Transactional
    public void route(String intake) {
        if (!channels.hasWebhook() && !subscriptions.any()) {
            return;
        }
        List<PendingKey> jobs = new ArrayList<>();
        for (StoredMessage message : IntakeJson.decode(intake)) {
            conversations.profile(message.groupId()).ifPresent(profile -> jobs.addAll(route(message, profile)));
        }
        outbox.addAll(PushDelivery.QUEUE, jobs.stream().map(k -> new Outbox.Entry(k.userId() + '/' + k.deviceId(),
                PushDelivery.jobJson(k, 0))).toList());
    }

    private List<PendingKey> route(StoredMessage message, ConversationProfile profile) {
        Collection<String> members = PushAudience.needsEveryMember(message, profile.memberCount())
                ? conversations.memberIds(message.groupId())
                : conversations.membersAmong(message.groupId(), message.mentions());
        Map<String, Boolean> audience = PushAudience.of(message, profile.memberCount(), members, profile.quietUserIds());
        if (audience.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> away = offlineDevices.of(audience.keySet());
        Map<String, Set<String>> subscribed = subscriptions.ofUsers(away.keySet()).stream().collect(Collectors.groupingBy(
                PushSubscription::userId, Collectors.mapping(PushSubscription::deviceId, Collectors.toSet())));
        List<PendingKey> mentionedKeys = new ArrayList<>();
        List<PendingKey> otherKeys = new ArrayList<>();
        away.forEach((user, devices) -> {
            List<PendingKey> keys = audience.get(user) ? mentionedKeys : otherKeys;
            for (String device : devices) {
                if (subscribed.getOrDefault(user, Set.of()).contains(device)) {
                    keys.add(new PendingKey(user, device, message.groupId(), Channel.WEB_PUSH));
                }
                if (channels.hasWebhook()) {
                    keys.add(new PendingKey(user, device, message.groupId(), Channel.WEBHOOK));
                }
            }
        });
        List<PendingKey> fresh = new ArrayList<>(pending.note(message, mentionedKeys, true));
        fresh.addAll(pending.note(message, otherKeys, false));
        return fresh;
    }
}
