package chat.identity.internal.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.identity.api.DeviceIdentity;
import chat.identity.api.TicketHolder;
import chat.identity.api.WsTickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Issues a random ticket for a device and redeems it once. The ticket, not the long-lived token,
 * goes into the WebSocket URL, so no token ever lands in an access log. The ticket remembers the
 * token it was asked with: once that token is logged out, {@link #ended} says so and the gateway
 * refuses the connection.
 */
@ApplicationScoped
class DefaultWsTickets implements WsTickets {

    private static final char SEPARATOR = '/';
    private final SecureRandom random = new SecureRandom();

    @Inject
    TicketStore store;

    @Inject
    RevokedTokens revoked;

    @Inject
    @ConfigProperty(name = "chat.ws.ticket-ttl-seconds", defaultValue = "30")
    long ttlSeconds;

    /** A new ticket and when it stops working. */
    public record Ticket(String ticket, Instant expiresAt) {
    }

    Ticket issue(DeviceIdentity device, String tokenId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration lifespan = Duration.ofSeconds(ttlSeconds);
        store.put(ticket, device.userId() + SEPARATOR + device.deviceId() + SEPARATOR + tokenId, lifespan);
        return new Ticket(ticket, Instant.now().plus(lifespan));
    }

    @Override
    public Optional<TicketHolder> redeem(String ticket) {
        if (ticket == null || ticket.isEmpty()) {
            return Optional.empty();
        }
        return store.take(ticket).map(holder -> {
            // user ids, device ids and token ids never contain the separator
            String[] parts = holder.split(String.valueOf(SEPARATOR), 3);
            return new TicketHolder(new DeviceIdentity(parts[0], parts[1]), parts[2]);
        });
    }

    @Override
    public boolean ended(String userId, String sessionId) {
        return revoked.ended(sessionId, userId);
    }
}
