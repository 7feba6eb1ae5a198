package chat.messaging.internal.interfaces.ws;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import chat.groups.api.ConversationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This node's map from conversation to the local connections of its members: filled at connect
 * from the user's conversations, kept current by membership events, emptied at close. A fan-out
 * event for a conversation reaches only the connections listed here, with no query per member.
 */
@ApplicationScoped
class ConversationIndex {

    private final Map<String, Set<Connection>> byConversation = new ConcurrentHashMap<>();

    @Inject
    ConversationDirectory conversations;

    @Inject
    SessionRegistry registry;

    void connected(Connection connection) {
        conversations.conversationIdsOf(connection.device().userId()).forEach(id -> add(id, connection));
    }

    void closed(Connection connection) {
        for (String id : connection.conversations()) {
            byConversation.computeIfPresent(id, (k, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Local connections of these users now belong to the conversation too. */
    void joined(String conversationId, Collection<String> userIds) {
        registry.connectionsOf(userIds).forEach(c -> add(conversationId, c));
    }

    /** Local connections of these users no longer get the conversation's events. */
    void left(String conversationId, Collection<String> userIds) {
        for (Connection c : registry.connectionsOf(userIds)) {
            c.conversations().remove(conversationId);
            byConversation.computeIfPresent(conversationId, (k, set) -> {
                set.remove(c);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** The conversation's local connections. */
    Set<Connection> connectionsOf(String conversationId) {
        return byConversation.getOrDefault(conversationId, Set.of());
    }

    private void add(String conversationId, Connection connection) {
        connection.conversations().add(conversationId);
        byConversation.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(connection);
    }
}
