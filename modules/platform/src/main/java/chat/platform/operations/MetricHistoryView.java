package chat.platform.operations;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The last minutes of the whole cluster, a point a minute, for the console's chart. */
@Schema(name = "MetricHistory")
public record MetricHistoryView(
        @Schema(required = true, description = "Oldest first; a minute no node sampled is left out") List<PointView> points) {

    /** One minute of every node. */
    @Schema(name = "MetricMinute")
    @JsonbPropertyOrder({"at", "messagesStored", "connections"})
    public record PointView(@Schema(required = true, description = "The minute's start (ISO-8601)") String at,
                            @Schema(required = true, description = "Messages stored in that minute on all nodes")
                            long messagesStored,
                            @Schema(required = true, description = "Open WebSocket connections at the minute's last "
                                    + "sample of each node, summed") int connections) {
    }

    static MetricHistoryView of(List<MinuteSeries.Point> points) {
        return new MetricHistoryView(points.stream()
                .map(p -> new PointView(p.minute().toString(), p.messagesStored(), p.connections())).toList());
    }
}
