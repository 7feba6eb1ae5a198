package chat.nearby.internal.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How long a face-to-face room stays open ({@code CHAT_NEARBY_ROOM_SECONDS}, 3 minutes by default). */
@ApplicationScoped
public class NearbySettings {

    @Inject
    @ConfigProperty(name = "chat.nearby.room-seconds", defaultValue = "180")
    long roomSeconds;

    public Duration roomLifespan() {
        return Duration.ofSeconds(roomSeconds);
    }
}
