package chat.groups.internal.interfaces;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.groups.internal.application.AddMembers;
import chat.groups.internal.application.CreateGroup;
import chat.groups.internal.application.DisbandGroup;
import chat.groups.internal.application.FindConversations;
import chat.groups.internal.application.ListMembers;
import chat.groups.internal.application.UpdateGroup;
import chat.platform.audit.AuditLog;
import chat.platform.json.Json;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator API for groups: company departments with any members, up to 10,000 added a call;
 * their members, name, announcement and cap; disbanding. Each change is audited in its transaction.
 */
@Path("/admin/groups")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminGroupResource {

    @Inject
    CreateGroup createGroup;

    @Inject
    AddMembers addMembers;

    @Inject
    FindConversations findConversations;

    @Inject
    ListMembers listMembers;

    @Inject
    UpdateGroup updateGroup;

    @Inject
    DisbandGroup disbandGroup;

    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "findConversations", summary = "Find groups and direct chats",
            description = "Live conversations whose name holds q, case aside, or whose id is q (all without q), in id "
                    + "order, a page at a time, each with its member count, cap and last seq.")
    public ListedConversationPage list(
            @Parameter(description = "Part of a name, or an id; at most 100 characters") @QueryParam("q") String q,
            @Parameter(description = "The next of the page before") @QueryParam("after") String after,
            @Parameter(description = "How many at most; " + FindConversations.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(FindConversations.MAX_LIMIT) Integer limit) {
        return ListedConversationPage.of(findConversations.find(q, after, limit));
    }

    @POST
    @Operation(operationId = "provisionGroup", summary = "Create a group for a company system",
            description = "A group with any existing users, contacts or not (a department from a directory); the owner "
                    + "named becomes its OWNER.")
    @APIResponse(responseCode = "201", description = "The new group", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @Transactional
    public Response create(@RequestBody(required = true) OperatorGroupCreation body) {
        var group = createGroup.byOperator(body.ownerId(), body.name(), body.others(), body.maxMembers());
        audit.operator("group.create", group.id(), Json.createObjectBuilder().add("ownerId", body.ownerId())
                .add("members", group.memberCount()).build());
        return Response.status(201).entity(GroupView.of(group)).build();
    }

    @POST
    @Path("{gid}/members")
    @Operation(operationId = "provisionGroupMembers", summary = "Add anyone to a group, for a company system",
            description = "Up to 10,000 existing users a call, all or none: past the group's cap nobody is added.")
    @APIResponse(responseCode = "200", description = "Who was added (those already members are left out)",
            content = @Content(schema = @Schema(implementation = AddedMembersView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such group (a direct chat is none)")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "GROUP_FULL: nobody was added")
    @Transactional
    public AddedMembersView add(@Parameter(description = "The group's id") @PathParam("gid") String groupId,
                                @RequestBody(required = true) MemberAddition body) {
        List<String> added = addMembers.byOperator(groupId, body.userIds());
        if (!added.isEmpty()) {
            audit.operator("group.members.add", groupId, Json.createObjectBuilder()
                    .add("userIds", Json.createArrayBuilder(added)).build());
        }
        return new AddedMembersView(added);
    }

    @GET
    @Path("{gid}/members")
    @Operation(operationId = "listConversationMembers", summary = "A page of any conversation's members",
            description = "Members in user-id order with their roles, of a group or a direct chat; a page as fast at a "
                    + "million members.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such conversation")
    public MemberPage members(
            @Parameter(description = "The conversation's id") @PathParam("gid") String groupId,
            @Parameter(description = "The next cursor of the previous page; the first page when absent")
            @QueryParam("after") String after,
            @Parameter(description = "How many members at most, 1 to " + ListMembers.MAX_LIMIT + "; "
                    + ListMembers.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(ListMembers.MAX_LIMIT) Integer limit) {
        return MemberPage.of(listMembers.byOperator(groupId, after, limit));
    }

    @PATCH
    @Path("{gid}")
    @Operation(operationId = "operateGroup", summary = "Rename a group, post its announcement or move its cap",
            description = "Changes the fields given (absent or null fields stay as they are). A new name or "
                    + "announcement is told to every member as their owner's. The cap holds under concurrent joins: "
                    + "it can go down to the member count, never below.")
    @APIResponse(responseCode = "200", description = "The group as changed", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: a blank or long name, a long "
            + "announcement, or a cap below the member count or above the server's limit; nothing changed")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such group (a direct chat is none)")
    @Transactional
    public GroupView update(@Parameter(description = "The group's id") @PathParam("gid") String groupId,
                            @RequestBody(required = true) OperatorGroupChange body) {
        var group = updateGroup.byOperator(groupId, Optional.ofNullable(body.name()),
                Optional.ofNullable(body.announcement()), Optional.ofNullable(body.maxMembers()));
        JsonObjectBuilder detail = Json.createObjectBuilder();
        if (body.name() != null) {
            detail.add("name", group.name());
        }
        if (body.announcement() != null) {
            detail.add("announcementLength", group.announcement().length());
        }
        if (body.maxMembers() != null) {
            detail.add("maxMembers", group.maxMembers());
        }
        JsonObject changed = detail.build();
        if (!changed.isEmpty()) {
            audit.operator("group.update", groupId, changed);
        }
        return GroupView.of(group);
    }

    @DELETE
    @Path("{gid}")
    @Operation(operationId = "operatorDisbandGroup", summary = "Disband a group",
            description = "Nobody can read or post in it any more, it leaves every member's list and every member is "
                    + "told, as if by its owner.")
    @APIResponse(responseCode = "204", description = "Disbanded")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: no such group (a direct chat is none)")
    @Transactional
    public Response disband(@Parameter(description = "The group's id") @PathParam("gid") String groupId) {
        disbandGroup.byOperator(groupId);
        audit.operator("group.disband", groupId, null);
        return Response.noContent().build();
    }
}
