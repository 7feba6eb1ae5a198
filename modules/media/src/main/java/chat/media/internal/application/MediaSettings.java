package chat.media.internal.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.media.internal.domain.MediaLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Media settings (MicroProfile Config; environment variables CHAT_MEDIA_...). */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "chat.media.max-image-bytes", defaultValue = "20971520")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "chat.media.max-audio-bytes", defaultValue = "20971520")
    long maxAudioBytes;

    @Inject
    @ConfigProperty(name = "chat.media.max-video-bytes", defaultValue = "209715200")
    long maxVideoBytes;

    @Inject
    @ConfigProperty(name = "chat.media.max-image-pixels", defaultValue = "100000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "chat.media.unposted-seconds", defaultValue = "86400")
    long unpostedSeconds;

    public MediaLimits limits() {
        return new MediaLimits(maxImageBytes, maxAudioBytes, maxVideoBytes, maxPixels);
    }

    /** Uploads never posted are removed after this long. */
    public Duration unpostedLifetime() {
        return Duration.ofSeconds(unpostedSeconds);
    }
}
