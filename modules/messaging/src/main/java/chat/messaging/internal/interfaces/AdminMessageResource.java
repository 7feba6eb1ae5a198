package chat.messaging.internal.interfaces;

import chat.messaging.internal.application.MessageJson;
import chat.messaging.internal.application.SendMessage;
import chat.platform.json.JsonBody;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Company systems post announcements as a member of the group (a bot account, say). */
@Path("/admin/groups")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminMessageResource {

    @Inject
    SendMessage sendMessage;

    @Inject
    MessageJson messageJson;

    @POST
    @Path("{gid}/messages")
    public Response post(@PathParam("gid") String groupId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var sent = sendMessage.send(new SendMessage.Draft(groupId, body.requiredString("senderId"),
                body.requiredString("clientMsgId"), body.requiredString("type"),
                body.optionalString("text").orElse(null), null));
        return Response.status(sent.created() ? 201 : 200).entity(messageJson.of(sent.message())).build();
    }
}
