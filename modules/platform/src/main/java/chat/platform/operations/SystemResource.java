package chat.platform.operations;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/system}: the nodes, the outbox's backlog, the dead letters, the broker and the caches. */
@Path("/admin/system")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    private static final Logger LOG = Logger.getLogger(SystemResource.class.getName());

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

    private Map<String, Long> deadLetterCounts() {
        try {
            return deadLetters.counts();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "the dead letters could not be counted", e);
            return Map.of();
        }
    }
}
