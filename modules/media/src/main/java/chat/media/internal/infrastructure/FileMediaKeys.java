package chat.media.internal.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.media.internal.domain.MediaKeys;
import chat.platform.config.KeyFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The media link key: {@code CHAT_MEDIA_LINK_KEY} (base64) when configured, else 32 random bytes
 * made once into {@code var/keys/media-link.key} (share {@code var/keys} between nodes, as for the
 * token keys).
 */
@ApplicationScoped
class FileMediaKeys implements MediaKeys {

    @Inject
    @ConfigProperty(name = "chat.media.link-key")
    Optional<String> configured;

    private volatile byte[] key;

    @Override
    public byte[] linkKey() {
        if (key == null) {
            key = configured.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k)).orElseGet(this::fromFile);
        }
        return key.clone();
    }

    private byte[] fromFile() {
        return Base64.getDecoder().decode(KeyFiles.readOrMake("media-link.key", () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return Base64.getEncoder().encodeToString(fresh);
        }));
    }
}
