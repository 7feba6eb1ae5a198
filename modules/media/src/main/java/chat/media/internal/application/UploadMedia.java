package chat.media.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.media.internal.domain.Blobs;
import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaKind;
import chat.media.internal.domain.MediaLimits;
import chat.media.internal.domain.MediaProbes;
import chat.media.internal.domain.MediaRepository;
import chat.platform.errors.TooLargeException;
import chat.platform.errors.UnsupportedMediaException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An upload: the bytes stream to a staging file (counted and hashed, never held in memory), are
 * sniffed, and are kept only if they are the kind of media they claim and within the limits;
 * otherwise nothing is left behind. Thumbnails, posters and durations are made afterwards on a
 * managed thread.
 */
@ApplicationScoped
public class UploadMedia {

    private static final Logger LOG = Logger.getLogger(UploadMedia.class.getName());

    @Inject
    Blobs blobs;

    @Inject
    MediaRepository files;

    @Inject
    MediaProbes probes;

    @Inject
    MediaSettings settings;

    @Resource
    ManagedExecutorService executor;

    public MediaFile upload(String userId, String declaredType, long declaredLength, InputStream body) {
        MediaKind kind = MediaKind.declaredBy(declaredType).orElseThrow(() -> new UnsupportedMediaException(
                "Content-Type must be image/*, audio/* or video/*, not " + declaredType));
        MediaLimits limits = settings.limits();
        long max = limits.maxBytes(kind);
        if (declaredLength > max) {
            throw new TooLargeException(kind.name().toLowerCase() + " uploads are at most " + max + " bytes");
        }
        Blobs.Staged staged = null;
        boolean kept = false;
        try {
            staged = blobs.stage(body, max);
            MediaFile file = accept(userId, kind, limits, staged);
            blobs.keep(staged);
            kept = true;
            files.insert(file);
            executor.execute(() -> inspect(file));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        } finally {
            // Whatever failed (a refusal, a decoder's error, a full disk), staging keeps nothing.
            if (staged != null && !kept) {
                blobs.discard(staged);
            }
        }
    }

    private MediaFile accept(String userId, MediaKind kind, MediaLimits limits, Blobs.Staged staged) throws IOException {
        if (staged.size() == 0) {
            throw new UnsupportedMediaException("the body is empty");
        }
        String sniffed;
        try (InputStream in = blobs.openStaged(staged)) {
            sniffed = probes.sniff(in);
        }
        if (!kind.accepts(sniffed)) {
            throw new UnsupportedMediaException("the bytes are " + sniffed + ", not " + kind.name().toLowerCase()
                    + " media this server takes");
        }
        Integer width = null;
        Integer height = null;
        if (kind == MediaKind.IMAGE) {
            int[] size;
            try (InputStream in = blobs.openStaged(staged)) {
                size = probes.imageSize(in).orElseThrow(() -> new UnsupportedMediaException("the image header cannot be read"));
            }
            limits.checkDimensions(size[0], size[1]);
            width = size[0];
            height = size[1];
        }
        String contentType = kind == MediaKind.AUDIO && sniffed.startsWith("video/") ? "audio/mp4" : sniffed;
        return new MediaFile(UUID.randomUUID().toString(), userId, kind, contentType, staged.size(), staged.sha256(),
                width, height, null, null, null, null, Instant.now(), false);
    }

    /** Off the request thread: what decoding tells, and the thumbnail or poster. */
    void inspect(MediaFile file) {
        try {
            MediaProbes.Details details = probes.inspect(file.kind(), file.contentType(), blobs.localFile(file.sha256()));
            String thumbnail = details.thumbnailJpeg() == null ? null : blobs.put(details.thumbnailJpeg());
            files.describe(file.id(), details.width(), details.height(), details.durationMs(), thumbnail,
                    thumbnail == null ? null : "image/jpeg",
                    thumbnail == null ? null : (long) details.thumbnailJpeg().length);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "media " + file.id() + " (" + file.contentType() + ") has no thumbnail: " + e, e);
            files.describe(file.id(), null, null, null, null, null, null);
        }
    }
}
