package chat.identity.internal.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.config.VarDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The operator API's key: {@code CHAT_ADMIN_API_KEY}, or in the demo setup a random key made at
 * first start and kept in {@code var/admin-api-key} (its path is logged, never the key).
 */
@ApplicationScoped
public class OperatorKey {

    private static final Logger LOG = Logger.getLogger(OperatorKey.class.getName());
    static final String FILE = "admin-api-key";

    @Inject
    @ConfigProperty(name = "chat.admin.api-key")
    Optional<String> configured;

    private byte[] key;

    @PostConstruct
    void load() {
        String value = configured.filter(k -> !k.isBlank()).orElseGet(OperatorKey::generatedKey);
        key = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Loaded at application start, so the demo key's file exists before the first operator call. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing instantiates the bean; load() runs.
    }

    /** Constant-time comparison with the presented header. */
    public boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized String generatedKey() {
        Path file = VarDirectory.root().resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    LOG.warning("cannot restrict permissions of " + file);
                }
            }
            LOG.info("operator API key (CHAT_ADMIN_API_KEY not set) is in " + file);
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the operator API key in " + file, e);
        }
    }
}
