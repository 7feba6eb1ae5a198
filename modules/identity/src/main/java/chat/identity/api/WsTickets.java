package chat.identity.api;

import java.util.Optional;

/** One-time tickets that open a WebSocket: the gateway redeems the ticket a client brings. */
public interface WsTickets {

    /** The device the ticket was issued to, once; empty for an unknown, used or expired ticket. */
    Optional<DeviceIdentity> redeem(String ticket);
}
