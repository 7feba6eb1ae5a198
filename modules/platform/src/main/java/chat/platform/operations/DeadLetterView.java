package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.platform.broker.DeadLetters;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A dead letter as the operator sees it. What the letter does not say is left out rather than
 * null: a letter the broker moved itself (too many failed deliveries) has no error and no time.
 */
@Schema(name = "DeadLetter")
@JsonbPropertyOrder({"id", "queue", "error", "failedAt", "payload"})
public record DeadLetterView(
        @Schema(required = true, description = "What POST /admin/dead-letters/{id}/redrive takes",
                example = "ID:4f1c2a3e-9d4b-11ef-8a3c-0242ac120002") String id,
        @Schema(required = true, description = "The queue it came from; unknown when it does not say",
                example = "chat.redpack-credits") String queue,
        @JsonbNillable(false) @Schema(description = "Why its consumer gave up; absent when the broker moved it",
                example = "java.lang.IllegalStateException: no claim 42") String error,
        @JsonbNillable(false) @Schema(description = "When its consumer gave up (ISO-8601); absent when the broker moved it")
        String failedAt,
        @JsonbNillable(false) @Schema(description = "The message's text; absent for a message that is not text")
        String payload) {

    static DeadLetterView of(DeadLetters.Letter letter) {
        return new DeadLetterView(letter.id(), letter.origin(), letter.error(), letter.failedAt(), letter.text());
    }
}
