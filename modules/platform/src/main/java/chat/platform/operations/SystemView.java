package chat.platform.operations;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The whole server at a glance, for the operator's console. */
@Schema(name = "SystemState")
@JsonbPropertyOrder({"node", "nodes", "outboxPending", "outboxOldestSeconds", "deadLetters", "broker", "caches"})
public record SystemView(
        @Schema(required = true, description = "The node that answered") String node,
        @Schema(required = true, description = "The nodes that reported in the last 20 seconds, by name") List<NodeView> nodes,
        @Schema(required = true, description = "Outbox rows not yet published; -1 when the database does not answer")
        long outboxPending,
        @Schema(required = true, description = "How long the oldest of them has waited, in seconds; 0 when none waits")
        long outboxOldestSeconds,
        @Schema(required = true, description = "Dead letters waiting for an operator, by the queue each came from; "
                + "empty when the broker does not answer") Map<String, Long> deadLetters,
        @Schema(required = true) BrokerView broker,
        @Schema(required = true) CachesView caches) {

    /** A node as its last report said. */
    @Schema(name = "NodeState")
    @JsonbPropertyOrder({"node", "connections", "startedAt"})
    public record NodeView(@Schema(required = true) String node,
                           @Schema(required = true, description = "Open WebSocket connections") int connections,
                           @Schema(required = true, description = "ISO-8601") String startedAt) {
    }

    @Schema(name = "BrokerState")
    public record BrokerView(@Schema(required = true, description = "Whether this node reaches the broker") boolean reachable) {
    }

    @Schema(name = "CachesState")
    @JsonbPropertyOrder({"running", "members"})
    public record CachesView(@Schema(required = true) boolean running,
                             @Schema(required = true, description = "The cache cluster's members as this node sees them")
                             List<String> members) {
    }
}
