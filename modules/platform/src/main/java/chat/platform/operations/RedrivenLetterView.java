package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A dead letter sent back: it left the dead-letter queue and waits on the queue it came from. */
@Schema(name = "RedrivenDeadLetter")
@JsonbPropertyOrder({"id", "queue"})
public record RedrivenLetterView(
        @Schema(required = true, description = "The dead letter's id (the message sent again has a new one)") String id,
        @Schema(required = true, example = "chat.redpack-credits") String queue) {
}
