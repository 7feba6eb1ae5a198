package chat.moderation.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What a listing did. */
@Schema(name = "WordsListed")
@JsonbPropertyOrder({"added", "changed"})
public record WordsListedView(
        @Schema(required = true, description = "Words new to the list") int added,
        @Schema(required = true, description = "Words already listed (as written or alike), now as given") int changed) {
}
