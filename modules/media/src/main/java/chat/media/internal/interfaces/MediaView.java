package chat.media.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.media.api.MediaInfo;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An upload as its uploader sees it at once: what the server made of the bytes, and short-lived
 * signed links to them. The same fields as a message's {@code media} ({@link MediaInfo#toJson()}).
 */
@Schema(name = "UploadedMedia")
@JsonbPropertyOrder({"id", "kind", "contentType", "size", "url", "thumbnailUrl", "width", "height", "durationMs"})
public record MediaView(
        @Schema(required = true, description = "What a message's mediaId names",
                example = "4b1e0c52-34d4-4f3e-9a49-6f1e4a2b9c11") String id,
        @Schema(required = true, enumeration = {"IMAGE", "AUDIO", "VIDEO"}, description = "The message type it may be posted as")
        String kind,
        @Schema(required = true, example = "image/png",
                description = "The type sniffed from the bytes, which may be more exact than the one declared") String contentType,
        @Schema(required = true, description = "Bytes", example = "48213") long size,
        @Schema(required = true, description = "A signed link to the bytes, valid one to two hours; no token needed",
                example = "/api/v1/media/4b1e0c52-34d4-4f3e-9a49-6f1e4a2b9c11?expires=1796212800&sig=9f86d0") String url,
        @Schema(required = true, nullable = true, description = "A signed link to the thumbnail (image) or poster "
                + "(video); null until it is made, a moment after the upload, and always for audio") String thumbnailUrl,
        @Schema(required = true, nullable = true, description = "Pixels; null for audio, and for video until inspected")
        Integer width,
        @Schema(required = true, nullable = true, description = "Pixels; null for audio, and for video until inspected")
        Integer height,
        @Schema(required = true, nullable = true, description = "Null for images, and until the container tells")
        Long durationMs) {

    static MediaView of(MediaInfo info) {
        return new MediaView(info.id(), info.kind(), info.contentType(), info.size(), info.url(), info.thumbnailUrl(),
                info.width(), info.height(), info.durationMs());
    }
}
