package chat.unread.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.unread.internal.application.ReadReceipts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /groups/{gid}/messages/{seq}/receipts}: who has read a message, from the read cursors. */
@Path("/groups/{gid}/messages/{seq}/receipts")
@Tag(name = "unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    @Inject
    ReadReceipts receipts;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "readReceipts", summary = "Who has read a message",
            description = "Its sender, the owner and admins, in conversations of up to 100 members. Derived from the "
                    + "members' read cursors: a member has read it when their cursor is at or past its seq. Members "
                    + "hear of cursor moves as receipt events, at most a burst a second per conversation.")
    @APIResponse(responseCode = "200", description = "The readers and the count of those who have not read it",
            content = @Content(schema = @Schema(implementation = ReceiptsView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden",
            description = "FORBIDDEN: a plain member asking of another's message, or a conversation of over 100 members")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "Not a member, or no such message (or it was recalled)")
    public ReceiptsView receipts(
            @Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
            @Parameter(description = "The message's seq") @PathParam("seq") Long seq) {
        return ReceiptsView.of(receipts.of(Caller.of(security).userId(), groupId, seq));
    }
}
