package chat.media.internal.application;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.media.internal.domain.Blobs;
import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Removes uploads nobody posted within their lifetime, and their bytes when no other file shares
 * them; and staged bytes older than that lifetime, which no upload in progress can still own.
 */
@ApplicationScoped
public class SweepUnpostedMedia {

    private static final Logger LOG = Logger.getLogger(SweepUnpostedMedia.class.getName());
    private static final int BATCH = 200;

    @Inject
    MediaRepository files;

    @Inject
    Blobs blobs;

    @Inject
    MediaSettings settings;

    /** Answers how many uploads it removed. */
    public int sweep() {
        int removed = 0;
        for (MediaFile file : files.unpostedSince(Instant.now().minus(settings.unpostedLifetime()), BATCH)) {
            files.delete(file.id());
            forget(file.sha256());
            if (file.hasThumbnail()) {
                forget(file.thumbnailSha256());
            }
            removed++;
        }
        return removed;
    }

    /** Answers how many orphan staged files it removed. */
    public int sweepStaging() {
        try {
            return blobs.removeStagedBefore(Instant.now().minus(settings.unpostedLifetime()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "staged uploads could not be listed; the next sweep tries again", e);
            return 0;
        }
    }

    private void forget(String sha256) {
        if (!files.blobInUse(sha256)) {
            try {
                blobs.delete(sha256);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "stored bytes " + sha256 + " could not be deleted; the next sweep will not retry", e);
            }
        }
    }
}
