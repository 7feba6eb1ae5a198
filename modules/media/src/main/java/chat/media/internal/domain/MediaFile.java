package chat.media.internal.domain;

import java.time.Instant;

/**
 * An uploaded file's metadata; its bytes are in the blob store under {@code sha256}.
 *
 * @param thumbnailSha256 null until a thumbnail (image) or poster (video) was made
 * @param inspected       true once decoding finished (with or without a thumbnail): the metadata is final
 */
public record MediaFile(String id, String uploaderId, MediaKind kind, String contentType, long size, String sha256,
                        Integer width, Integer height, Long durationMs, String thumbnailSha256, String thumbnailType,
                        Long thumbnailSize, Instant createdAt, boolean inspected) {

    public boolean hasThumbnail() {
        return thumbnailSha256 != null;
    }
}
