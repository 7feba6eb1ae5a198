package chat.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's own writable state (broker journal, keys, generated admin key, embedded database),
 * kept outside the repository: {@code CHAT_VAR_DIR}, or {@code var/} under the working directory.
 */
public final class VarDirectory {

    public static final String PROPERTY = "chat.var.dir";
    public static final String ENVIRONMENT = "CHAT_VAR_DIR";

    private VarDirectory() {
    }

    /** The absolute var directory, created when missing. */
    public static Path root() {
        // Read directly, not through MicroProfile Config: config sources themselves need this path.
        String configured = System.getProperty(PROPERTY, System.getenv().getOrDefault(ENVIRONMENT, "var"));
        return ensure(Path.of(configured).toAbsolutePath().normalize());
    }

    /** A sub-directory of the var directory, created when missing. */
    public static Path resolve(String child) {
        return ensure(root().resolve(child));
    }

    private static Path ensure(Path dir) {
        if (Files.isDirectory(dir)) {
            return dir; // createDirectories would throw and catch an exception to find out
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
