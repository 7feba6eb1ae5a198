package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A node that drained: not ready any more, its clients told to reconnect elsewhere. */
@Schema(name = "NodeDrain")
@JsonbPropertyOrder({"draining", "tookMillis"})
public record NodeDrainView(
        @Schema(required = true, description = "Always true: the node stays drained until it restarts") boolean draining,
        @Schema(required = true, description = "How long the drain took, the front door's grace included", example = "2504")
        long tookMillis) {
}
