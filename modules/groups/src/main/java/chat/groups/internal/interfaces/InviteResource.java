package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.groups.internal.application.Invites;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Joining a group with an invite code (the owner and admins make codes under /groups/{gid}/invites). */
@Path("/invites")
@Tag(name = "groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InviteResource {

    @Inject
    Invites invites;

    @Context
    SecurityContext security;

    @POST
    @Path("{code}/accept")
    @Operation(operationId = "acceptInvite", summary = "Join a group with an invite code",
            description = "Anyone logged in joins the code's group as a MEMBER until the code expires; a member already "
                    + "in it just gets the group.")
    @APIResponse(responseCode = "200", description = "The group joined", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such code, it expired, or its group is gone")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "GROUP_FULL: the group is at its cap")
    public GroupView accept(@Parameter(description = "The invite code") @PathParam("code") String code) {
        return GroupView.of(invites.accept(Caller.of(security).userId(), code));
    }
}
