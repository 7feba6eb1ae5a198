package chat.media.internal.domain;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where media bytes live, apart from the database, content-addressed by sha-256. An upload is
 * first staged (streamed to a temporary place while counted and hashed), then kept or discarded.
 * A filesystem store now; an object store would implement the same port.
 */
public interface Blobs {

    /** Bytes received but not yet kept. */
    record Staged(String handle, long size, String sha256) {
    }

    /** Streams the input to a staging place; throws 413 past {@code maxBytes}, leaving nothing behind. */
    Staged stage(InputStream input, long maxBytes) throws IOException;

    InputStream openStaged(Staged staged) throws IOException;

    /** Keeps the staged bytes under their sha-256 (once: equal bytes are stored once). */
    void keep(Staged staged) throws IOException;

    /** Removes staged bytes; never throws (what it cannot remove, {@link #removeStagedBefore} will). */
    void discard(Staged staged);

    /**
     * Removes staged bytes last written before the cutoff: uploads cut off by a crash or a lost
     * connection, left behind by nothing else. Answers how many.
     */
    int removeStagedBefore(java.time.Instant cutoff) throws IOException;

    /** Stores small bytes (a thumbnail) and answers their sha-256. */
    String put(byte[] bytes) throws IOException;

    /** The stored bytes from {@code offset} on. */
    InputStream open(String sha256, long offset) throws IOException;

    boolean exists(String sha256);

    /** A local file with the stored bytes, for decoders that need to seek (an object store would cache one). */
    java.nio.file.Path localFile(String sha256) throws IOException;

    void delete(String sha256) throws IOException;
}
