package chat.messaging.internal.interfaces;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.domain.Reactions;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** How many members reacted to a message with one emoji, and whether the reader is one of them. */
@Schema(name = "Reaction")
@JsonbPropertyOrder({"emoji", "count", "mine"})
public record MessageReactionView(
        @Schema(required = true, example = "👍") String emoji,
        @Schema(required = true, minimum = "1") int count,
        @Schema(required = true, description = "The reader reacted with it") boolean mine) {

    /** Null for a message without reactions, so the field is left out. */
    static List<MessageReactionView> of(Reactions reactions, Set<String> myReactions) {
        return reactions.isEmpty() ? null : reactions.counts().stream()
                .map(c -> new MessageReactionView(c.emoji(), c.count(), myReactions.contains(c.emoji()))).toList();
    }
}
