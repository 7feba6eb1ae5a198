package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.redpack.internal.application.GrabRedPack;
import chat.redpack.internal.application.OpenRedPack;
import chat.redpack.internal.application.ViewRedPack;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A red packet: grab a share, open it, and see what is left and who claimed what. */
@Path("/redpacks")
@Tag(name = "wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedPackResource {

    @Inject
    GrabRedPack grabRedPack;

    @Inject
    OpenRedPack openRedPack;

    @Inject
    ViewRedPack viewRedPack;

    @Context
    SecurityContext security;

    @POST
    @Path("{id}/grab")
    @Operation(operationId = "grabRedPacket", summary = "Grab a share of a red packet",
            description = "A member of the packet's conversation reserves one share; the amount is decided when it is "
                    + "opened. In a direct chat only the other person may grab.")
    @APIResponseSchema(value = GrabView.class, responseCode = "200", responseDescription = "A share is the caller's to open")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "NOT_ALLOWED: the sender of a direct chat's packet")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "ALREADY_GRABBED, EXPIRED, SOLD_OUT")
    public GrabView grab(@Parameter(description = "The red packet's id") @PathParam("id") String packetId) {
        grabRedPack.grab(packetId, Caller.of(security).userId());
        return GrabView.GRANTED;
    }

    @POST
    @Path("{id}/open")
    @Operation(operationId = "openRedPacket", summary = "Open a grabbed share",
            description = "After a granted grab, draws the caller's share from what is left and credits it to their "
                    + "wallet; the conversation hears redpack.claimed. A retry answers the same amount.")
    @APIResponseSchema(value = ShareView.class, responseCode = "200", responseDescription = "The caller's share, credited to their wallet")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "NOT_GRABBED, EXPIRED, SOLD_OUT")
    public ShareView open(@Parameter(description = "The red packet's id") @PathParam("id") String packetId) {
        return ShareView.of(openRedPack.open(packetId, Caller.of(security).userId()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRedPacket", summary = "A red packet, what is left and who claimed what",
            description = "For the members of the packet's conversation; to anyone else it does not exist (404).")
    @APIResponseSchema(value = RedPacketDetailView.class, responseCode = "200", responseDescription = "The packet and its claims")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RedPacketDetailView view(@Parameter(description = "The red packet's id") @PathParam("id") String packetId) {
        return RedPacketDetailView.of(viewRedPack.view(packetId, Caller.of(security).userId()));
    }
}
