package chat.groups.internal.interfaces;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.groups.internal.application.Access;
import chat.groups.internal.application.CreateGroup;
import chat.groups.internal.application.DisbandGroup;
import chat.groups.internal.application.ListConversations;
import chat.groups.internal.application.UpdateGroup;
import chat.platform.rest.Caller;
import chat.platform.rest.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Groups themselves: create, list, read, change, disband. */
@Path("/groups")
@Tag(name = "groups")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    CreateGroup createGroup;

    @Inject
    ListConversations listConversations;

    @Inject
    Access access;

    @Inject
    UpdateGroup updateGroup;

    @Inject
    DisbandGroup disbandGroup;

    @Context
    SecurityContext security;

    @POST
    @Operation(operationId = "createGroup", summary = "Create a group",
            description = "The caller becomes its OWNER and the contacts named its members, who are told over WebSocket. "
                    + "Anyone else named is refused.")
    @APIResponse(responseCode = "201", description = "The new group", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "NOT_A_CONTACT: someone named is no contact of the caller")
    public Response create(@RequestBody(required = true) GroupCreation body) {
        var group = createGroup.byUser(caller(), body.name(), body.others(), body.maxMembers());
        return Response.status(201).entity(GroupView.of(group)).build();
    }

    @GET
    @Operation(operationId = "listConversations", summary = "The caller's conversations",
            description = "Every live group and direct chat the caller is a member of, newest first, each with the "
                    + "caller's role, mute and do-not-disturb setting, the seq of its last message and that message "
                    + "for the preview.")
    public Items<MyConversationView> mine() {
        var listing = listConversations.of(caller());
        Instant now = Instant.now();
        return new Items<>(listing.conversations().stream()
                .map(c -> MyConversationView.of(c, listing.lastSeqs().getOrDefault(c.conversation().id(), 0L),
                        listing.lastMessages().get(c.conversation().id()), now))
                .toList());
    }

    @GET
    @Path("{gid}")
    @Operation(operationId = "getGroup", summary = "A conversation the caller is a member of",
            description = "The group or direct chat, with the caller's role and, while they are muted, when that ends.")
    @APIResponse(responseCode = "200", description = "The conversation", content = @Content(schema = @Schema(implementation = MyGroupView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such conversation, or the caller is no member")
    public MyGroupView one(@Parameter(description = "The conversation's id") @PathParam("gid") String groupId) {
        var seat = access.of(groupId, caller());
        return MyGroupView.of(seat.conversation(), seat.member(), Instant.now());
    }

    @PATCH
    @Path("{gid}")
    @Operation(operationId = "updateGroup", summary = "Rename a group, set its announcement or mute everyone",
            description = "Owner and admins only. Changes the fields given (absent or null fields stay as they are) "
                    + "and tells every member over WebSocket.")
    @APIResponse(responseCode = "200", description = "The group as changed", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller is no owner or admin, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such group, or the caller is no member")
    public GroupView update(@Parameter(description = "The group's id") @PathParam("gid") String groupId,
                            @RequestBody(required = true) GroupChange body) {
        var group = updateGroup.update(caller(), groupId, Optional.ofNullable(body.name()),
                Optional.ofNullable(body.announcement()), Optional.ofNullable(body.allMuted()));
        return GroupView.of(group);
    }

    @DELETE
    @Path("{gid}")
    @Operation(operationId = "disbandGroup", summary = "Disband a group",
            description = "Owner only. Nobody can read or post in it any more, it leaves every member's list and every "
                    + "member is told.")
    @APIResponse(responseCode = "204", description = "Disbanded")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller is not the owner, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such group, or the caller is no member")
    public Response disband(@Parameter(description = "The group's id") @PathParam("gid") String groupId) {
        disbandGroup.disband(caller(), groupId);
        return Response.noContent().build();
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
