package chat.moderation.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of the content policy's hits, newest first. */
@Schema(name = "ContentHitPage")
@JsonbPropertyOrder({"items", "next"})
public record ContentHitPage(
        @Schema(required = true) List<ContentHitView> items,
        @Schema(required = true, nullable = true, description = "Pass as after for the older hits; null on the last page")
        String next) {
}
