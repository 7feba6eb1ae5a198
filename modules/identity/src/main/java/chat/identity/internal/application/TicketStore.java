package chat.identity.internal.application;

import java.time.Duration;
import java.util.Optional;

/** Short-lived one-time values; {@link #take} answers a value once. */
public interface TicketStore {

    void put(String ticket, String holder, Duration lifespan);

    Optional<String> take(String ticket);
}
