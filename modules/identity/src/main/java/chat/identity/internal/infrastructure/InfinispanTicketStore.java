package chat.identity.internal.infrastructure;

import java.time.Duration;
import java.util.Optional;

import chat.identity.internal.application.TicketStore;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One-time WebSocket tickets: an entry with a lifespan, taken by an atomic remove so it works once. */
@ApplicationScoped
class InfinispanTicketStore implements TicketStore {

    @Inject
    @CacheName("identity.ws-tickets")
    SharedCache<String> tickets;

    @Override
    public void put(String ticket, String holder, Duration lifespan) {
        tickets.put(ticket, holder, lifespan);
    }

    @Override
    public Optional<String> take(String ticket) {
        return tickets.remove(ticket);
    }
}
