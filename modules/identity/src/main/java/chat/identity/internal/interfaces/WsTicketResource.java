package chat.identity.internal.interfaces;

import org.eclipse.microprofile.jwt.JsonWebToken;

import chat.identity.internal.application.IssueWsTicket;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** One-time tickets for {@code GET /ws?ticket=...}. */
@Path("/ws-tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WsTicketResource {

    @Inject
    IssueWsTicket tickets;

    @Context
    SecurityContext security;

    @POST
    public Response issue() {
        Caller caller = Caller.of(security);
        var token = (JsonWebToken) security.getUserPrincipal();
        var ticket = tickets.issue(caller.userId(), caller.deviceId(), token.getTokenID());
        return Response.status(201).entity(Json.createObjectBuilder()
                .add("ticket", ticket.ticket())
                .add("expiresAt", ticket.expiresAt().toString())
                .build()).build();
    }
}
