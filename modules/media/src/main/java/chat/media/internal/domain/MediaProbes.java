package chat.media.internal.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** What the server learns from a file's bytes. */
public interface MediaProbes {

    /** The type sniffed from the bytes (magic numbers), never from a name or a header. */
    String sniff(InputStream bytes) throws IOException;

    /** An image's width and height from its header, without decoding its pixels. */
    Optional<int[]> imageSize(InputStream bytes) throws IOException;

    /** What decoding found; any part may be null. */
    record Details(Integer width, Integer height, Long durationMs, byte[] thumbnailJpeg) {
    }

    /** Decodes the file: a thumbnail for an image, a poster frame and size for a video, a duration where the container tells it. */
    Details inspect(MediaKind kind, String contentType, Path file);
}
