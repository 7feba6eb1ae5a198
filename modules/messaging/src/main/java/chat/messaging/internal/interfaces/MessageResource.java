package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.HideMessage;
import chat.messaging.internal.application.ReadHistory;
import chat.messaging.internal.application.RecallMessage;
import chat.messaging.internal.application.SendMessage;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A conversation's messages: send, read (ranges and history), recall, delete for me. */
@Path("/groups")
@Tag(name = "messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    SendMessage sendMessage;

    @Inject
    MessageViews views;

    @Inject
    ReadHistory history;

    @Inject
    RecallMessage recallMessage;

    @Inject
    HideMessage hideMessage;

    @Context
    SecurityContext security;

    @POST
    @Path("{gid}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendMessage", summary = "Send a message",
            description = "A member posts a text or a file they uploaded; it takes the conversation's next seq and "
                    + "members are notified. The same clientMsgId again from the same sender answers 200 with the stored message.")
    @APIResponse(responseCode = "201", description = "The message, stored now",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "The message stored by an earlier send of the same clientMsgId",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "MUTED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "CLIENT_MSG_ID_REUSED")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response send(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                         @RequestBody(required = true) MessageRequest body) {
        var sent = sendMessage.send(new SendMessage.Draft(groupId, caller(), body.clientMsgId(), body.type(), body.text(),
                body.mediaId(), body.mentions(), Boolean.TRUE.equals(body.mentionAll()), body.replyTo(), body.forward()));
        return Response.status(sent.created() ? 201 : 200).entity(views.of(sent.message(), caller())).build();
    }

    @GET
    @Path("{gid}/messages")
    @Operation(operationId = "listMessages", summary = "Read a conversation's messages",
            description = "Members only. With before: the page of messages just before that seq (history); otherwise "
                    + "the messages after 'after' up to 'until' (catching up). Ascending by seq either way; messages the "
                    + "caller hid are left out.")
    // Named, since SmallRye drops the default 200 of an operation that declares any answer of its own.
    @APIResponse(responseCode = "200", description = "The page of messages",
            content = @Content(schema = @Schema(implementation = MessagePage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MessagePage read(
            @Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
            @Parameter(description = "Messages after this seq; 0 when absent") @QueryParam("after") @Min(0) Long after,
            @Parameter(description = "Up to this seq, not below after; no bound when absent") @QueryParam("until") Long until,
            @Parameter(description = "History: the messages before this seq (after and until are then ignored)")
            @QueryParam("before") @Min(1) Long before,
            @Parameter(description = "How many messages at most; " + ReadHistory.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(ReadHistory.MAX_LIMIT) Long limit) {
        ReadHistory.Page page = before != null
                ? history.before(caller(), groupId, before, limit)
                : history.after(caller(), groupId, after == null ? 0 : after, until, limit);
        return new MessagePage(views.ofAll(page.items(), caller()), page.hasMore());
    }

    @DELETE
    @Path("{gid}/messages/{seq}")
    @Operation(operationId = "recallMessage", summary = "Recall a message for everyone",
            description = "Its sender within 2 minutes, or an owner or admin at any time: the message keeps its seq, "
                    + "loses its text and media, and members hear of it (message.recalled). Recalling it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Recalled")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: not the sender within 2 minutes, nor an owner or admin")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response recall(
            @Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
            @Parameter(description = "The message's seq") @PathParam("seq") Long seq) {
        recallMessage.recall(caller(), groupId, seq);
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/messages/{seq}/hide")
    @Operation(operationId = "hideMessage", summary = "Delete a message for the caller only",
            description = "Members only: the message leaves the caller's reads on every device; others still see it.")
    @APIResponse(responseCode = "204", description = "Hidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response hide(
            @Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
            @Parameter(description = "The message's seq") @PathParam("seq") Long seq) {
        hideMessage.hide(caller(), groupId, seq);
        return Response.noContent().build();
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
