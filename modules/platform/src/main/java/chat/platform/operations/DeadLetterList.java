package chat.platform.operations;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The oldest dead letters, and how many each queue has in all (the list may stop at its limit; the counts never do). */
@Schema(name = "DeadLetterList")
@JsonbPropertyOrder({"items", "counts"})
public record DeadLetterList(
        @Schema(required = true, description = "Oldest first, up to the limit") List<DeadLetterView> items,
        @Schema(required = true, description = "How many dead letters each queue has, by the queue they came from, "
                + "in queue order") Map<String, Long> counts) {

    public DeadLetterList {
        items = List.copyOf(items);
    }
}
