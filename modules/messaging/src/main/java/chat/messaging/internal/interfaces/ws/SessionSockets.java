package chat.messaging.internal.interfaces.ws;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import chat.identity.api.AccountDisabled;
import chat.identity.api.SessionEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.CloseReason;

/**
 * This node's live connections by the session (token id) whose ticket opened them. When a token is
 * logged out on any node, the session's end reaches every node and each closes its own connections
 * of that token at once; the device's other sessions, and the user's other devices, stay open. A
 * disabled account's connections all close.
 */
@ApplicationScoped
class SessionSockets {

    static final String LOGGED_OUT = "logged out";
    static final String DISABLED = "account disabled";
    private static final Logger LOG = Logger.getLogger(SessionSockets.class.getName());

    private final Map<String, Set<Connection>> bySession = new ConcurrentHashMap<>();

    void opened(String sessionId, Connection connection) {
        bySession.computeIfAbsent(sessionId, s -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void closed(String sessionId, Connection connection) {
        bySession.computeIfPresent(sessionId, (session, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    void end(@Observes SessionEnded ended) {
        Set<Connection> connections = bySession.remove(ended.sessionId());
        if (connections != null) {
            connections.forEach(SessionSockets::close);
            LOG.fine(() -> "closed " + connections.size() + " connection(s) of a logged-out session of " + ended.userId());
        }
    }

    /**
     * The account was disabled: every one of its connections here closes, whichever token opened
     * it. Read from this map, which holds a connection before the gateway asks whether its session
     * ended, so none slips between the two; a walk over the node's connections, for a rare event.
     */
    void disabled(@Observes AccountDisabled disabled) {
        List<Connection> connections = bySession.values().stream().flatMap(Set::stream)
                .filter(c -> c.device().userId().equals(disabled.userId())).toList();
        connections.forEach(c -> c.close(CloseReason.CloseCodes.VIOLATED_POLICY, DISABLED));
        LOG.fine(() -> "closed " + connections.size() + " connection(s) of disabled account " + disabled.userId());
    }

    static void close(Connection connection) {
        connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, LOGGED_OUT);
    }
}
