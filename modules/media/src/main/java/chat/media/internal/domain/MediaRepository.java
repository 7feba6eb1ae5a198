package chat.media.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Media metadata, and where each file was posted. */
public interface MediaRepository {

    void insert(MediaFile file);

    Optional<MediaFile> find(String id);

    List<MediaFile> findAll(Collection<String> ids);

    /** What decoding found: dimensions, duration, and the thumbnail or poster (each may be null). */
    void describe(String id, Integer width, Integer height, Long durationMs, String thumbnailSha256,
                  String thumbnailType, Long thumbnailSize);

    /** The file was posted in the conversation (once per pair). */
    void posted(String id, String conversationId);

    List<String> conversationsOf(String id);

    /** The files are no longer posted in the conversation; answers how many postings there were. */
    int withdrawn(String conversationId, Collection<String> ids);

    /** Files uploaded before the instant and posted nowhere (never, or no longer). */
    List<MediaFile> unpostedSince(Instant before, int limit);

    void delete(String id);

    /** True while some file's bytes or thumbnail are stored under this sha-256. */
    boolean blobInUse(String sha256);
}
