package chat.identity.internal.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.audit.AuditLog;
import chat.platform.config.VarDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The operator API's keys, each with the name the audit log records its changes under:
 * {@code CHAT_ADMIN_API_KEYS} ({@code name:key,name:key}, one per person or company system) and
 * {@code CHAT_ADMIN_API_KEY}, the unnamed key, recorded as {@value AuditLog#OPERATOR}. With neither
 * set (the demo setup) the unnamed key is a random one made at first start and kept in
 * {@code var/admin-api-key} (its path is logged, never the key). A malformed list stops the start.
 */
@ApplicationScoped
public class OperatorKeys {

    private static final Logger LOG = Logger.getLogger(OperatorKeys.class.getName());
    static final String FILE = "admin-api-key";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final int MIN_KEY_LENGTH = 16;

    @Inject
    @ConfigProperty(name = "chat.admin.api-key")
    Optional<String> unnamed;

    @Inject
    @ConfigProperty(name = "chat.admin.api-keys")
    Optional<String> named;

    private record Key(String name, byte[] secret) {
    }

    private List<Key> keys;

    @PostConstruct
    void load() {
        keys = new ArrayList<>();
        parse(named.orElse("")).forEach((name, secret) -> keys.add(new Key(name, bytes(secret))));
        unnamed.filter(k -> !k.isBlank()).ifPresent(k -> keys.add(new Key(AuditLog.OPERATOR, bytes(k.trim()))));
        if (keys.isEmpty()) {
            keys.add(new Key(AuditLog.OPERATOR, bytes(generatedKey())));
        }
    }

    /** Loaded at application start, so a bad list fails the start and the demo key's file exists early. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing instantiates the bean; load() runs.
    }

    /**
     * The name of the key presented, if it is one of the keys. Every key is compared, in constant
     * time, whichever matches: the answer's timing tells nothing about which key came close.
     */
    public Optional<String> nameOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] given = bytes(presented);
        String found = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(key.secret(), given) && found == null) {
                found = key.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * {@code name:key} pairs separated by commas, in order. Names are 1 to 40 letters, digits,
     * dots, dashes or underscores, never a name the audit log uses of its own, never twice; keys
     * are at least {@value #MIN_KEY_LENGTH} characters. The error names the entry, never its key.
     */
    static Map<String, String> parse(String list) {
        Map<String, String> pairs = new LinkedHashMap<>();
        String[] entries = list.isBlank() ? new String[0] : list.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon).trim();
            String secret = colon < 0 ? "" : entry.substring(colon + 1).trim();
            String where = "CHAT_ADMIN_API_KEYS entry " + (i + 1);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException(where + ": a name:key pair needs a name of 1 to 40 letters, digits, "
                        + "'.', '-' or '_'");
            }
            if (name.equals(AuditLog.OPERATOR) || name.equals(AuditLog.SERVER)) {
                throw new IllegalStateException(where + ": the name '" + name + "' is the audit log's own");
            }
            if (secret.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException(where + " (" + name + "): its key needs at least " + MIN_KEY_LENGTH
                        + " characters");
            }
            if (pairs.putIfAbsent(name, secret) != null) {
                throw new IllegalStateException(where + ": the name '" + name + "' comes twice");
            }
        }
        return pairs;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
