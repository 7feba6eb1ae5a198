package chat.identity.internal.application;

import chat.identity.api.DeviceIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A logged-in device asks for a one-time ticket to open its WebSocket, tied to the token it used. */
@ApplicationScoped
public class IssueWsTicket {

    @Inject
    DefaultWsTickets tickets;

    public DefaultWsTickets.Ticket issue(String userId, String deviceId, String tokenId) {
        return tickets.issue(new DeviceIdentity(userId, deviceId), tokenId);
    }
}
