package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.redpack.internal.application.SendRedPack;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /groups/{gid}/redpacks}: send a red packet into a group or direct chat. */
@Path("/groups")
@Tag(name = "wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroupRedPackResource {

    @Inject
    SendRedPack sendRedPack;

    @Context
    SecurityContext security;

    @POST
    @Path("{gid}/redpacks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendRedPacket", summary = "Send a red packet",
            description = "A member moves money from their wallet into a packet of shares that the conversation's members "
                    + "grab; a REDPACK message announces it. The same clientId again answers the first packet with 200.")
    @APIResponse(responseCode = "201", description = "The packet sent",
            content = @Content(schema = @Schema(implementation = RedPacketView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same clientId: the packet the first call sent",
            content = @Content(schema = @Schema(implementation = RedPacketView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "MUTED: the caller, or the whole group, is muted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "INSUFFICIENT_FUNDS, CLIENT_ID_REUSED")
    public Response send(@Parameter(description = "The group's or direct chat's id") @PathParam("gid") String groupId,
                         @RequestBody(required = true) RedPacketOrder body) {
        var sent = sendRedPack.send(new SendRedPack.Order(groupId, Caller.of(security).userId(), body.totalCents(),
                body.count(), body.greeting(), body.clientId()));
        return Response.status(sent.created() ? 201 : 200).entity(RedPacketView.of(sent.packet())).build();
    }
}
