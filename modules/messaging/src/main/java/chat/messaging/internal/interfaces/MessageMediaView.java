package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.media.api.MediaInfo;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The file a media message carries, as the media module describes it ({@code MediaInfo}): the
 * same fields as an upload's answer, with links signed for a short while.
 */
@Schema(name = "MessageMedia")
@JsonbPropertyOrder({"id", "kind", "contentType", "size", "url", "thumbnailUrl", "width", "height", "durationMs"})
public record MessageMediaView(
        @Schema(required = true) String id,
        @Schema(required = true, enumeration = {"IMAGE", "AUDIO", "VIDEO"}) String kind,
        @Schema(required = true, example = "image/jpeg") String contentType,
        @Schema(required = true, description = "Bytes") long size,
        @Schema(required = true, description = "A signed link that works for a short while") String url,
        @Schema(required = true, nullable = true, description = "A signed link to the thumbnail or poster; null until "
                + "one exists, and for audio") String thumbnailUrl,
        @Schema(required = true, nullable = true, description = "Pixels; null when unknown (audio)") Integer width,
        @Schema(required = true, nullable = true, description = "Pixels; null when unknown (audio)") Integer height,
        @Schema(required = true, nullable = true, description = "Null for images, and where the container does not tell")
        Long durationMs) {

    static MessageMediaView of(MediaInfo media) {
        return new MessageMediaView(media.id(), media.kind(), media.contentType(), media.size(), media.url(),
                media.thumbnailUrl(), media.width(), media.height(), media.durationMs());
    }
}
