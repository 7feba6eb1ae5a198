package chat.identity.internal.interfaces;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.IssueWsTicket;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** One-time tickets for {@code GET /ws?ticket=...}. */
@Path("/ws-tickets")
@Tag(name = "identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WsTicketResource {

    @Inject
    IssueWsTicket tickets;

    @Context
    SecurityContext security;

    @POST
    @Operation(operationId = "issueWsTicket", summary = "A one-time ticket to open the WebSocket",
            description = "Open GET /ws?ticket=<ticket> within its lifespan (30 s); it works once, for the caller's "
                    + "device, and stops working when the token that asked for it is logged out. The protocol is in /asyncapi.yaml.")
    @APIResponse(responseCode = "201", description = "The ticket", content = @Content(schema = @Schema(implementation = TicketView.class)))
    public Response issue() {
        Caller caller = Caller.of(security);
        var token = (JsonWebToken) security.getUserPrincipal();
        var ticket = tickets.issue(caller.userId(), caller.deviceId(), token.getTokenID());
        return Response.status(201).entity(new TicketView(ticket.ticket(), ticket.expiresAt())).build();
    }
}
