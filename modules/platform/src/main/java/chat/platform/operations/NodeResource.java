package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.lifecycle.NodeDrain;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /admin/node/drain}: the node that answers leaves the cluster gently before it is
 * stopped (a rolling restart). Sent to a node's own address, never through the front door, which
 * would pick a node at random.
 */
@Path("/admin/node")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NodeResource {

    @Inject
    NodeDrain drain;

    @POST
    @Path("drain")
    @Operation(operationId = "drainNode", summary = "Take this node out of the cluster's rotation",
            description = "Readiness turns DOWN at once, so the load balancer stops sending the node anything new; "
                    + "after a grace of a few health checks every WebSocket on the node is closed with 1012 "
                    + "(service restart), which clients answer by reconnecting at once, to another node. Requests "
                    + "already running finish. Answers when done; the node stays drained until it restarts. "
                    + "Call it on the node's own address.")
    @APIResponseSchema(value = NodeDrainView.class, responseCode = "200", responseDescription = "The node is drained")
    public NodeDrainView drain() throws InterruptedException {
        return new NodeDrainView(true, drain.drain().toMillis());
    }
}
