package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.ReactToMessage;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A member's emoji reactions to a message. */
@Path("/groups/{gid}/messages/{seq}/reactions/{emoji}")
@Tag(name = "messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReactionResource {

    @Inject
    ReactToMessage reactions;

    @Context
    SecurityContext security;

    @PUT
    @Operation(operationId = "react", summary = "React to a message with an emoji",
            description = "Members only. A reaction takes no seq and moves no unread count; members hear of it "
                    + "(message.reactions, with the new counts). At most 20 different emoji per message; reacting "
                    + "again with the same one changes nothing.")
    @APIResponse(responseCode = "204", description = "Reacted")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: not one emoji (field emoji)")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a member, or no such message (or it was recalled)")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "CONFLICT: 20 different emoji already, none of them this")
    public Response react(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                          @Parameter(description = "The message's seq") @PathParam("seq") Long seq,
                          @Parameter(description = "One emoji, URL-encoded (at most 16 code points)", example = "%F0%9F%91%8D")
                          @PathParam("emoji") String emoji) {
        reactions.react(caller(), groupId, seq, emoji);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "unreact", summary = "Take back a reaction",
            description = "The caller's own; members hear of it. Taking back one the caller does not have changes nothing.")
    @APIResponse(responseCode = "204", description = "Not reacted (any more)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: not one emoji (field emoji)")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a member, or no such message (or it was recalled)")
    public Response unreact(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                            @Parameter(description = "The message's seq") @PathParam("seq") Long seq,
                            @Parameter(description = "One emoji, URL-encoded", example = "%F0%9F%91%8D")
                            @PathParam("emoji") String emoji) {
        reactions.unreact(caller(), groupId, seq, emoji);
        return Response.noContent().build();
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
