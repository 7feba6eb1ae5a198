package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.SendMessage;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Company systems post announcements as a member of the group (a bot account, say). */
@Path("/admin/groups")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminMessageResource {

    @Inject
    SendMessage sendMessage;

    @Inject
    MessageViews views;

    @POST
    @Path("{gid}/messages")
    @Operation(operationId = "sendOperatorMessage", summary = "Post a message as a member",
            description = "A company system posts a text as one of the conversation's members, under that member's rules "
                    + "(mutes, rate limit). The same clientMsgId again for the same member answers 200 with the stored message.")
    @APIResponse(responseCode = "201", description = "The message, stored now",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "The message stored by an earlier post of the same clientMsgId",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "MUTED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "CLIENT_MSG_ID_REUSED")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response post(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                         @RequestBody(required = true) OperatorMessageRequest body) {
        var sent = sendMessage.send(SendMessage.Draft.written(groupId, body.senderId(), body.clientMsgId(), body.type(),
                body.text(), null, null, false, null));
        return Response.status(sent.created() ? 201 : 200).entity(views.of(sent.message(), body.senderId())).build();
    }
}
