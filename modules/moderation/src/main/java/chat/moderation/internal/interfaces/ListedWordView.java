package chat.moderation.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.moderation.internal.domain.WordList;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A word of the list as the operator reads it. */
@Schema(name = "ListedWord")
@JsonbPropertyOrder({"word", "action", "addedAt", "addedBy"})
public record ListedWordView(
        @Schema(required = true, description = "As it was listed", example = "红包群") String word,
        @Schema(required = true, enumeration = {"BLOCK", "MASK"}) String action,
        @Schema(required = true, description = "When it was listed or last changed (ISO-8601)") String addedAt,
        @Schema(required = true, description = "The operator key's name that listed it", example = "operator") String addedBy) {

    static ListedWordView of(WordList.Entry entry) {
        return new ListedWordView(entry.word().word(), entry.word().action().name(), entry.addedAt().toString(),
                entry.addedBy());
    }
}
