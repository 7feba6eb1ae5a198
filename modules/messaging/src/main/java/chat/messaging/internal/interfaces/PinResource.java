package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.PinMessages;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Messages pinned to the top of a conversation. */
@Path("/groups/{gid}/pins")
@Tag(name = "messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PinResource {

    @Inject
    PinMessages pins;

    @Inject
    MessageViews views;

    @Context
    SecurityContext security;

    @PUT
    @Path("{seq}")
    @Operation(operationId = "pinMessage", summary = "Pin a message",
            description = "The owner and admins of a group, either person in a direct chat. At most 20 pins per "
                    + "conversation; pinning a pinned message changes nothing. Members hear of it (message.pinned).")
    @APIResponse(responseCode = "204", description = "Pinned")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: a plain member of a group")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a member, or no such message (or it was recalled)")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "CONFLICT: 20 pins already")
    public Response pin(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                        @Parameter(description = "The message's seq") @PathParam("seq") Long seq) {
        pins.pin(caller(), groupId, seq);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{seq}")
    @Operation(operationId = "unpinMessage", summary = "Unpin a message",
            description = "Whoever may pin. Members hear of it (message.unpinned); unpinning what is not pinned changes nothing.")
    @APIResponse(responseCode = "204", description = "Not pinned (any more)")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: a plain member of a group")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response unpin(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                          @Parameter(description = "The message's seq") @PathParam("seq") Long seq) {
        pins.unpin(caller(), groupId, seq);
        return Response.noContent().build();
    }

    @GET
    @Operation(operationId = "listPins", summary = "The pinned messages",
            description = "Members only: the pinned messages, newest pin first (not those the caller hid).")
    @APIResponse(responseCode = "200", description = "The pinned messages",
            content = @Content(schema = @Schema(implementation = PinnedMessages.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PinnedMessages list(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId) {
        return new PinnedMessages(views.ofAll(pins.pinned(caller(), groupId), caller()));
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
