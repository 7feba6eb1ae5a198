package chat.identity.api;

/**
 * Whom a redeemed WebSocket ticket was issued to: the device, and the session (the id of the
 * bearer token that asked for the ticket), so that logging that token out closes the socket.
 *
 * @param device    the user's device
 * @param sessionId the token's id ({@code jti})
 */
public record TicketHolder(DeviceIdentity device, String sessionId) {
}
