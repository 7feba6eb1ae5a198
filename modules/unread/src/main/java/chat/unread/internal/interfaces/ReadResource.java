package chat.unread.internal.interfaces;

import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.unread.internal.application.MoveReadCursor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
@RequestScoped
public class ReadResource {

    @Inject
    MoveReadCursor moveReadCursor;

    @Context
    SecurityContext security;

    @PUT
    @Path("{gid}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("gid") String groupId, JsonObject json) {
        moveReadCursor.read(Caller.of(security), groupId, JsonBody.of(json).requiredLong("seq"));
        return Response.noContent().build();
    }
}
