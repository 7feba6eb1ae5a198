package chat.groups.internal.interfaces;

import chat.groups.internal.application.OpenDirectChat;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The direct (1:1) chat with a contact: 201 when this call made it, 200 when it existed. */
@Path("/direct")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DirectResource {

    @Inject
    OpenDirectChat openDirectChat;

    @Context
    SecurityContext security;

    @POST
    public Response open(JsonObject json) {
        var opened = openDirectChat.open(Caller.of(security).userId(), JsonBody.of(json).requiredString("userId"));
        return Response.status(opened.created() ? 201 : 200).entity(GroupJson.of(opened.chat())).build();
    }
}
