package chat.platform.operations;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.broker.ChatBroker;
import chat.platform.broker.DeadLetters;
import chat.platform.cache.ChatCaches;
import chat.platform.outbox.OutboxRelay;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /admin/system}: the nodes, the outbox's backlog, the dead letters, the broker and the
 * caches; and the last hour of messages and connections for the console's chart.
 */
@Path("/admin/system")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    private static final Logger LOG = Logger.getLogger(SystemResource.class.getName());
    static final int DEFAULT_HISTORY_MINUTES = 60;
    static final int MAX_HISTORY_MINUTES = MetricHistory.KEPT_MINUTES;

    @Inject
    NodeRoster roster;

    @Inject
    OutboxRelay relay;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ChatBroker broker;

    @Inject
    ChatCaches caches;

    @Inject
    MetricHistory history;

    @GET
    @Operation(operationId = "systemState", summary = "The server at a glance",
            description = "Every node that reported in the last 20 seconds with its open connections, the outbox rows "
                    + "waiting to be published and the age of the oldest, the dead letters by queue, and whether the "
                    + "broker and the caches answer. A part that does not answer is shown as such, never as an error.")
    public SystemView state() {
        boolean reachable = broker.isReachable();
        return new SystemView(roster.name(),
                roster.nodes().stream().map(n -> new SystemView.NodeView(n.node(), n.connections(), n.startedAt().toString()))
                        .toList(),
                relay.pendingCount(), relay.oldestPendingSeconds(), reachable ? deadLetterCounts() : Map.of(),
                new SystemView.BrokerView(reachable), new SystemView.CachesView(caches.isRunning(), caches.members()));
    }

    @GET
    @Path("history")
    @Operation(operationId = "systemHistory", summary = "The last minutes of messages and connections",
            description = "What every node's metrics read, a point a minute: the messages stored in that minute "
                    + "(chat_messages_stored_total's growth) and the connections open (chat_connections_open), summed "
                    + "over the nodes. Nodes sample once a minute (CHAT_METRICS_HISTORY_SAMPLE_SECONDS) and keep two hours.")
    @APIResponse(responseCode = "200", description = "A point a minute, oldest first",
            content = @Content(schema = @Schema(implementation = MetricHistoryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: minutes outside 1 to "
            + MAX_HISTORY_MINUTES)
    public MetricHistoryView history(
            @Parameter(description = "How many minutes back, the current one included; " + DEFAULT_HISTORY_MINUTES
                    + " when absent") @QueryParam("minutes") @Min(1) @Max(MAX_HISTORY_MINUTES) Integer minutes) {
        return MetricHistoryView.of(history.lastMinutes(minutes == null ? DEFAULT_HISTORY_MINUTES : minutes));
    }

    private Map<String, Long> deadLetterCounts() {
        try {
            return deadLetters.counts();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "the dead letters could not be counted", e);
            return Map.of();
        }
    }
}
