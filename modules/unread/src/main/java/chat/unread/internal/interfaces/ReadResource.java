package chat.unread.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.unread.internal.application.MoveReadCursor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code PUT /groups/{gid}/read}: the caller has read the conversation up to {@code seq}. */
@Path("/groups")
@Tag(name = "unread")
@RequestScoped
public class ReadResource {

    @Inject
    MoveReadCursor moveReadCursor;

    @Context
    SecurityContext security;

    @PUT
    @Path("{gid}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markRead", summary = "Mark a conversation read up to a seq",
            description = "Members only: moves the caller's read cursor forward (never back, and not past the last "
                    + "message); the caller's other devices hear of it (conversation.read).")
    @APIResponse(responseCode = "204", description = "The cursor stands at the seq, or further on")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response read(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                         @RequestBody(required = true) ReadRequest body) {
        moveReadCursor.read(Caller.of(security), groupId, body.seq());
        return Response.noContent().build();
    }
}
