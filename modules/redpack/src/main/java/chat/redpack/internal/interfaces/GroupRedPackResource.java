package chat.redpack.internal.interfaces;

import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.redpack.internal.application.SendRedPack;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
    public Response send(@PathParam("gid") String groupId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var sent = sendRedPack.send(new SendRedPack.Order(groupId, Caller.of(security).userId(),
                body.requiredLong("totalCents"), body.requiredLong("count"), body.optionalString("greeting").orElse(null),
                body.requiredString("clientId")));
        return Response.status(sent.created() ? 201 : 200).entity(RedPackJson.sent(sent.packet())).build();
    }
}
