package chat.moderation.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of the word list, in the order of the words' folded letters. */
@Schema(name = "WordPage")
@JsonbPropertyOrder({"items", "next"})
public record WordPage(
        @Schema(required = true) List<ListedWordView> items,
        @Schema(required = true, nullable = true, description = "Pass as after for the next page; null on the last page")
        String next) {
}
