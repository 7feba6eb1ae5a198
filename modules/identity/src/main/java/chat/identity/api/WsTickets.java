package chat.identity.api;

import java.util.Optional;

/** One-time tickets that open a WebSocket: the gateway redeems the ticket a client brings. */
public interface WsTickets {

    /**
     * The device and session the ticket was issued to, once; empty for an unknown, used or expired
     * ticket. Whether that session was logged out since is {@link #ended}'s to say: the gateway
     * asks once, after it registered the connection.
     */
    Optional<TicketHolder> redeem(String ticket);

    /**
     * True once the session was logged out or its account disabled. The gateway asks after it
     * registered a new connection: a logout that committed before the registration is seen here,
     * and one that commits later reaches the registered connection as a session end.
     */
    boolean ended(String userId, String sessionId);
}
