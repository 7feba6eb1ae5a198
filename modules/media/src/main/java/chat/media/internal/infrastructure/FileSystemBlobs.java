package chat.media.internal.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.media.internal.domain.Blobs;
import chat.platform.config.VarDirectory;
import chat.platform.errors.TooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Media bytes on the filesystem under {@code CHAT_MEDIA_DIR} (default {@code var/media}):
 * {@code ab/cd/<sha256>}, staged in {@code staging/} first. Several nodes share it as a mounted
 * volume; an object store would implement {@link Blobs} instead.
 */
@ApplicationScoped
class FileSystemBlobs implements Blobs {

    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(FileSystemBlobs.class.getName());

    @Inject
    @ConfigProperty(name = "chat.media.dir")
    Optional<String> configuredRoot;

    private Path root() throws IOException {
        Path root = configuredRoot.filter(s -> !s.isBlank()).map(Path::of).orElseGet(() -> VarDirectory.resolve("media"));
        Files.createDirectories(root.resolve("staging"));
        return root;
    }

    private Path stored(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha256);
        }
        return root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public Staged stage(InputStream input, long maxBytes) throws IOException {
        Path file = root().resolve("staging").resolve(UUID.randomUUID().toString());
        MessageDigest sha = sha256();
        long size = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException("this kind of upload is at most " + maxBytes + " bytes");
                }
                sha.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        return new Staged(file.toString(), size, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public InputStream openStaged(Staged staged) throws IOException {
        return Files.newInputStream(Path.of(staged.handle()));
    }

    @Override
    public void keep(Staged staged) throws IOException {
        Path from = Path.of(staged.handle());
        Path to = stored(staged.sha256());
        if (Files.exists(to)) {
            Files.deleteIfExists(from);
            return;
        }
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(from);
        }
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(Path.of(staged.handle()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a refused upload could not be removed now; the staging sweep will: " + staged.handle(), e);
        }
    }

    @Override
    public int removeStagedBefore(Instant cutoff) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(root().resolve("staging"))) {
            for (Path file : staged) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        MessageDigest sha = sha256();
        String hash = HexFormat.of().formatHex(sha.digest(bytes));
        Path to = stored(hash);
        if (!Files.exists(to)) {
            Path temp = root().resolve("staging").resolve(UUID.randomUUID().toString());
            Files.write(temp, bytes);
            Files.createDirectories(to.getParent());
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return hash;
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        FileChannel channel = FileChannel.open(stored(sha256), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public boolean exists(String sha256) {
        try {
            return Files.exists(stored(sha256));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Path localFile(String sha256) throws IOException {
        return stored(sha256);
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(stored(sha256));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
