package chat.groups.internal.interfaces;

import chat.groups.internal.application.Invites;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Joining a group with an invite code (the owner and admins make codes under /groups/{gid}/invites). */
@Path("/invites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InviteResource {

    @Inject
    Invites invites;

    @Context
    SecurityContext security;

    @POST
    @Path("{code}/accept")
    public JsonObject accept(@PathParam("code") String code) {
        return GroupJson.of(invites.accept(Caller.of(security).userId(), code));
    }
}
