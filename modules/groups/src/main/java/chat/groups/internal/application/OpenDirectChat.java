package chat.groups.internal.application;

import java.util.List;
import java.util.UUID;

import chat.groups.api.Role;
import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MemberRepository;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The one direct chat of two contacts, made by whoever asks first, however many ask at once. */
@ApplicationScoped
public class OpenDirectChat {

    @Inject
    ConversationRepository conversations;

    @Inject
    MemberRepository members;

    @Inject
    Members people;

    @Inject
    GroupEvents events;

    /** The chat, and whether this call made it. */
    public record Opened(Conversation chat, boolean created) {
    }

    @Transactional
    public Opened open(String callerId, String userId) {
        if (callerId.equals(userId)) {
            throw new InvalidInputException("userId", "cannot be yourself");
        }
        people.existing("userId", List.of(userId), callerId);
        people.mustBeContacts(callerId, List.of(userId));
        String key = callerId.compareTo(userId) < 0 ? callerId + "|" + userId : userId + "|" + callerId;
        var existing = conversations.findDirect(key);
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        Conversation chat = new Conversation(UUID.randomUUID().toString(), Conversation.Kind.DIRECT, null, null, "",
                false, 2, 2);
        if (!conversations.insert(chat, key)) {
            return new Opened(conversations.findDirect(key).orElseThrow(), false);
        }
        members.addAll(chat.id(), List.of(callerId, userId), Role.MEMBER);
        // Told like a new group's first members: every node then routes the chat's notifies to
        // both people's open connections, and their clients learn of the chat at once.
        events.created(chat, List.of(callerId, userId), callerId);
        return new Opened(chat, true);
    }
}
