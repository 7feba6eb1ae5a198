package chat.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Secrets the server makes itself at first start, kept in {@code var/keys} (nodes of a cluster
 * share that directory, so they share the secrets): a file is made once, and every start after
 * reads it.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The text of {@code var/keys/<name>}, made from {@code made} when the file does not exist yet. */
    public static String readOrMake(String name, Supplier<String> made) {
        Path file = VarDirectory.resolve("keys").resolve(name);
        try {
            if (!Files.exists(file)) {
                try {
                    Files.writeString(Files.createFile(file), made.get());
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: read theirs
                }
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make " + file, e);
        }
    }
}
