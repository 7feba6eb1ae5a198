package chat.groups.internal.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import chat.groups.api.GroupDisbanded;
import chat.groups.api.GroupFact;
import chat.groups.api.MemberJoined;
import chat.groups.api.MemberLeft;
import chat.groups.api.Role;
import chat.groups.internal.application.GroupEvents;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.MemberRepository;
import chat.identity.api.UserEvents;
import chat.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Membership facts as WebSocket event frames (through the outbox, in the caller's transaction)
 * and, for joins, leaves and disbanding, as CDI events observed inside that same transaction (the
 * unread module's cursors change with the membership, or not at all). Up to 500 members everybody hears; in a
 * larger group only the people concerned and the owner and admins, so a join never wakes a
 * million clients; for the same reason joins and leaves of such a group leave no SYSTEM message.
 */
@ApplicationScoped
class OutboxGroupEvents implements GroupEvents {

    @Inject
    UserEvents userEvents;

    @Inject
    Outbox outbox;

    @Inject
    MemberRepository members;

    @Inject
    Event<chat.platform.events.Event> facts;

    @Override
    public void joined(Conversation group, List<String> userIds, String byUserId) {
        publish(group, userIds, frame("member.joined", group).add("userIds", Json.createArrayBuilder(userIds))
                .add("byUserId", byUserId));
        if (group.broadcastsToEveryone()) {
            record(new GroupFact.Joined(newFactId(), group.id(), byUserId, userIds));
        }
        facts.fire(new MemberJoined(group.id(), userIds, byUserId));
    }

    @Override
    public void created(Conversation group, List<String> userIds, String byUserId) {
        publish(group, userIds, frame("member.joined", group).add("userIds", Json.createArrayBuilder(userIds))
                .add("byUserId", byUserId));
        facts.fire(new MemberJoined(group.id(), userIds, byUserId));
    }

    @Override
    public void left(Conversation group, String userId, String byUserId, boolean kicked) {
        // The member is already gone from the list, so they are told as one of those concerned.
        publish(group, List.of(userId, byUserId), frame("member.left", group).add("userId", userId)
                .add("byUserId", byUserId).add("kicked", kicked));
        if (group.broadcastsToEveryone()) {
            record(new GroupFact.Left(newFactId(), group.id(), byUserId, userId, kicked));
        }
        facts.fire(new MemberLeft(group.id(), userId, byUserId, kicked));
    }

    @Override
    public void roleChanged(Conversation group, String userId, Role role, String byUserId) {
        publish(group, List.of(userId), frame("group.updated", group).add("change", "role")
                .add("userId", userId).add("role", role.name()));
    }

    @Override
    public void updated(Conversation before, Conversation group, String byUserId) {
        publish(group, List.of(byUserId), frame("group.updated", group).add("change", "group")
                .add("name", group.name()).add("announcement", group.announcement())
                .add("allMuted", group.allMuted()));
        if (!group.name().equals(before.name())) {
            record(new GroupFact.Renamed(newFactId(), group.id(), byUserId, group.name()));
        }
        if (!group.announcement().equals(before.announcement()) && !group.announcement().isEmpty()) {
            record(new GroupFact.Announced(newFactId(), group.id(), byUserId, group.announcement()));
        }
    }

    @Override
    public void disbanded(Conversation group, String byUserId) {
        publish(group, List.of(byUserId), frame("group.disbanded", group).add("byUserId", byUserId));
        facts.fire(new GroupDisbanded(group.id(), byUserId));
    }

    @Override
    public void muted(Conversation group, String userId, Instant until, String byUserId) {
        JsonObjectBuilder frame = frame("group.updated", group).add("change", "mute").add("userId", userId);
        publish(group, List.of(userId), until == null ? frame.addNull("mutedUntil") : frame.add("mutedUntil", until.toString()));
    }

    /** A fact for the conversation's history (a SYSTEM message), durable, handled once. */
    private void record(GroupFact fact) {
        outbox.add(GroupFact.QUEUE, fact.groupId(), fact.toJson());
    }

    private static String newFactId() {
        return UUID.randomUUID().toString();
    }

    private static JsonObjectBuilder frame(String event, Conversation group) {
        return Json.createObjectBuilder().add("type", "event").add("event", event).add("groupId", group.id());
    }

    private void publish(Conversation group, Collection<String> concerned, JsonObjectBuilder frame) {
        Set<String> recipients = new LinkedHashSet<>(concerned);
        recipients.addAll(group.broadcastsToEveryone() ? members.userIds(group.id()) : members.managers(group.id()));
        userEvents.publish(recipients, frame.build());
    }
}
