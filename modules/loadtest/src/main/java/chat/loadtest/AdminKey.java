package chat.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The operator key for {@code X-Api-Key}, and where it came from (never the key itself):
 * {@code --admin-key}, else {@code --admin-key-file}, else {@code CHAT_ADMIN_API_KEY}, else the
 * demo server's generated {@code var/admin-api-key} relative to the working directory.
 */
record AdminKey(String value, String source) {

    static final String ENVIRONMENT = "CHAT_ADMIN_API_KEY";
    static final String DEFAULT_FILE = "var/admin-api-key";

    static AdminKey resolve(Options options, Map<String, String> environment) {
        var given = options.string("admin-key");
        if (given.isPresent()) {
            if (given.get().isBlank()) {
                throw new IllegalArgumentException("--admin-key is empty");
            }
            return new AdminKey(given.get().trim(), "--admin-key");
        }
        if (options.has("admin-key-file")) {
            return fromFile(Path.of(options.string("admin-key-file", DEFAULT_FILE)));
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new AdminKey(fromEnvironment.trim(), "environment " + ENVIRONMENT);
        }
        return fromFile(Path.of(DEFAULT_FILE));
    }

    private static AdminKey fromFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("no operator key: " + absolute + " does not exist; pass --admin-key-file "
                    + "(the server's var/admin-api-key), or set " + ENVIRONMENT);
        }
        try {
            String key = Files.readString(absolute, StandardCharsets.UTF_8).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("no operator key: " + absolute + " is empty");
            }
            return new AdminKey(key, "file " + absolute);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the operator key from " + absolute + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "AdminKey[from " + source + "]";
    }
}
