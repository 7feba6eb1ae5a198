package chat.messaging.internal.interfaces;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.ExportConversation;
import chat.messaging.internal.application.RecallMessage;
import chat.messaging.internal.application.SendMessage;
import chat.messaging.internal.domain.MessageRules;
import chat.platform.audit.AuditLog;
import chat.platform.json.Json;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Company systems post announcements as a member of the group (a bot account, say). */
@Path("/admin/groups")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminMessageResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    SendMessage sendMessage;

    @Inject
    MessageViews views;

    @Inject
    RecallMessage recall;

    @Inject
    AuditLog audit;

    @Inject
    ExportConversation export;

    @GET
    @Path("{gid}/export")
    @Produces(NDJSON)
    @Transactional // the audit row's: an export is recorded before it streams
    @Operation(operationId = "exportConversation", summary = "Export a conversation's messages",
            description = "Every message as NDJSON (one JSON object a line, as the frames write messages), oldest first, "
                    + "recalled ones as recalled; streamed a page at a time, so its size does not bound the server's "
                    + "memory. Recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The messages, one a line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(@Parameter(description = "The conversation's id") @PathParam("gid") String groupId) {
        export.requireConversation(groupId);
        audit.operator("conversation.export", groupId, null);
        StreamingOutput lines = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.each(groupId, message -> {
                try {
                    writer.write(message.toString());
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(lines, NDJSON).header("Content-Disposition", "attachment; filename=\"" + groupId + ".ndjson\"")
                .build();
    }

    @DELETE
    @Path("{gid}/messages/{seq}")
    @Transactional
    @Operation(operationId = "removeMessage", summary = "Remove a message for everyone",
            description = "As a recall by the operator, at any time: the message keeps its seq and reads like a recalled "
                    + "one, members get message.recalled with byOperator, and the reason goes to the audit log only. "
                    + "A message recalled already changes nothing.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "reason: missing, blank or over 500 characters")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void remove(@Parameter(description = "The conversation's id") @PathParam("gid") String groupId,
                       @Parameter(description = "The message's seq") @PathParam("seq") @Min(1) Long seq,
                       @RequestBody(required = true) MessageRemovalRequest body) {
        String reason = MessageRules.removalReason(body == null ? null : body.reason());
        if (recall.removeByOperator(groupId, seq)) {
            audit.operator("message.remove", groupId + "/" + seq, Json.createObjectBuilder().add("reason", reason).build());
        }
    }

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
    @Transactional
    public Response post(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                         @RequestBody(required = true) OperatorMessageRequest body) {
        var sent = sendMessage.sendInCallersTransaction(SendMessage.Draft.written(groupId, body.senderId(),
                body.clientMsgId(), body.type(), body.text(), null, null, false, null));
        if (sent.created()) {
            audit.operator("message.post", groupId + "/" + sent.message().seq(),
                    Json.createObjectBuilder().add("senderId", body.senderId()).build());
        }
        return Response.status(sent.created() ? 201 : 200).entity(views.of(sent.message(), body.senderId())).build();
    }
}
