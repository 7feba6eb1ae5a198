package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.groups.internal.application.AddMembers;
import chat.groups.internal.application.ChangeRole;
import chat.groups.internal.application.ChangeSettings;
import chat.groups.internal.application.Invites;
import chat.groups.internal.application.ListMembers;
import chat.groups.internal.application.MuteMember;
import chat.groups.internal.application.RemoveMember;
import chat.groups.internal.application.TransferOwnership;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A group's members: list, add, leave or kick, roles, transfer, mutes, invite codes, and the
 * caller's own settings. Shares the {@code /groups} root with {@link GroupResource}.
 */
@Path("/groups")
@Tag(name = "groups")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private static final String GROUP = "The group's id";
    private static final String NOT_A_MEMBER = "NOT_FOUND: no such group, or the caller is no member";
    private static final String NEITHER_A_MEMBER = "NOT_FOUND: no such group, or the caller or the user is no member";

    @Inject
    ListMembers listMembers;

    @Inject
    AddMembers addMembers;

    @Inject
    RemoveMember removeMember;

    @Inject
    ChangeRole changeRole;

    @Inject
    TransferOwnership transferOwnership;

    @Inject
    MuteMember muteMember;

    @Inject
    ChangeSettings changeSettings;

    @Inject
    Invites invites;

    @Context
    SecurityContext security;

    @GET
    @Path("{gid}/members")
    @Operation(operationId = "listMembers", summary = "A page of a conversation's members",
            description = "Members in user-id order, for members of the conversation; a page as fast at a million members.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such conversation, or the caller is no member")
    public MemberPage list(
            @Parameter(description = "The conversation's id") @PathParam("gid") String groupId,
            @Parameter(description = "The next cursor of the previous page; the first page when absent")
            @QueryParam("after") String after,
            @Parameter(description = "How many members at most, 1 to " + ListMembers.MAX_LIMIT + "; "
                    + ListMembers.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(ListMembers.MAX_LIMIT) Integer limit) {
        return MemberPage.of(listMembers.page(caller(), groupId, after, limit));
    }

    @POST
    @Path("{gid}/members")
    @Operation(operationId = "addMembers", summary = "Add the caller's contacts to a group",
            description = "Any member may add their contacts, all or none: past the group's cap nobody is added. "
                    + "Everyone concerned is told over WebSocket.")
    @APIResponse(responseCode = "200", description = "Who was added (those already members are left out)",
            content = @Content(schema = @Schema(implementation = AddedMembersView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden",
            description = "NOT_A_CONTACT: someone named is no contact of the caller; FORBIDDEN: a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NOT_A_MEMBER)
    @APIResponse(responseCode = "409", ref = "Conflict", description = "GROUP_FULL: nobody was added")
    public AddedMembersView add(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                                @RequestBody(required = true) MemberAddition body) {
        return new AddedMembersView(addMembers.byMember(caller(), groupId, body.userIds()));
    }

    @DELETE
    @Path("{gid}/members/{uid}")
    @Operation(operationId = "removeMember", summary = "Leave a group, or kick a member",
            description = "The caller's own id leaves (the owner must transfer the group first); another's kicks: the "
                    + "owner kicks anyone, an admin plain members only.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller may not kick this member, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NEITHER_A_MEMBER)
    @APIResponse(responseCode = "409", ref = "Conflict", description = "OWNER_MUST_TRANSFER: the owner cannot leave")
    public Response remove(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                           @Parameter(description = "The member to remove: the caller's own id to leave") @PathParam("uid") String userId) {
        removeMember.remove(caller(), groupId, userId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{gid}/members/{uid}/role")
    @Operation(operationId = "changeRole", summary = "Make a member an admin, or an admin a member",
            description = "Owner only; the owner's own role changes only by a transfer. Members are told over WebSocket.")
    @APIResponse(responseCode = "204", description = "The member has the role")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller is not the owner, the "
            + "member is the owner, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NEITHER_A_MEMBER)
    public Response role(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                         @Parameter(description = "The member whose role changes") @PathParam("uid") String userId,
                         @RequestBody(required = true) RoleChange body) {
        changeRole.change(caller(), groupId, userId, body.role());
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/transfer")
    @Operation(operationId = "transferOwnership", summary = "Hand a group to another member",
            description = "Owner only. The member named becomes the OWNER and the caller an ADMIN.")
    @APIResponse(responseCode = "204", description = "Transferred")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller is not the owner, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NEITHER_A_MEMBER)
    public Response transfer(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                             @RequestBody(required = true) OwnershipTransfer body) {
        transferOwnership.transfer(caller(), groupId, body.userId());
        return Response.noContent().build();
    }

    @PUT
    @Path("{gid}/members/{uid}/mute")
    @Operation(operationId = "muteMember", summary = "Mute a member for some minutes",
            description = "The owner mutes anyone else, an admin plain members only; a muted member gets 403 MUTED on send.")
    @APIResponse(responseCode = "200", description = "The member and when the mute ends",
            content = @Content(schema = @Schema(implementation = MuteView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller may not mute this member, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NEITHER_A_MEMBER)
    public MuteView mute(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                         @Parameter(description = "The member to mute") @PathParam("uid") String userId,
                         @RequestBody(required = true) MuteRequest body) {
        return new MuteView(userId, muteMember.mute(caller(), groupId, userId, body.minutes()));
    }

    @DELETE
    @Path("{gid}/members/{uid}/mute")
    @Operation(operationId = "unmuteMember", summary = "Lift a member's mute",
            description = "Who may mute a member may unmute them.")
    @APIResponse(responseCode = "204", description = "Unmuted")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller may not unmute this member, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NEITHER_A_MEMBER)
    public Response unmute(@Parameter(description = GROUP) @PathParam("gid") String groupId,
                           @Parameter(description = "The member to unmute") @PathParam("uid") String userId) {
        muteMember.unmute(caller(), groupId, userId);
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/invites")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "createInvite", summary = "Make a join link",
            description = "Owner and admins only. Anyone logged in joins with the code until it expires; the body is "
                    + "optional (7 days when absent or empty).")
    @APIResponse(responseCode = "201", description = "The link's code", content = @Content(schema = @Schema(implementation = InviteView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: the caller is no owner or admin, or it is a direct chat")
    @APIResponse(responseCode = "404", ref = "NotFound", description = NOT_A_MEMBER)
    public Response invite(@Parameter(description = GROUP) @PathParam("gid") String groupId,
            @RequestBody(required = false, description = "Optional: how long the link works; 7 days when absent") InviteRequest body) {
        var invite = invites.create(caller(), groupId, body == null ? null : body.ttlHours());
        return Response.status(201).entity(InviteView.of(invite)).build();
    }

    @PUT
    @Path("{gid}/settings")
    @Operation(operationId = "changeSettings", summary = "The caller's own settings for a conversation",
            description = "Do-not-disturb: no offline push from this conversation. Changes the caller's setting only.")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such conversation, or the caller is no member")
    public Response settings(@Parameter(description = "The conversation's id (a group or a direct chat)") @PathParam("gid") String groupId,
                             @RequestBody(required = true) SettingsChange body) {
        changeSettings.doNotDisturb(caller(), groupId, body.doNotDisturb());
        return Response.noContent().build();
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
