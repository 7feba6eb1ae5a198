package chat.groups.internal.interfaces;

import chat.groups.internal.application.AddMembers;
import chat.groups.internal.application.ChangeRole;
import chat.groups.internal.application.ChangeSettings;
import chat.groups.internal.application.Invites;
import chat.groups.internal.application.ListMembers;
import chat.groups.internal.application.MuteMember;
import chat.groups.internal.application.RemoveMember;
import chat.groups.internal.application.TransferOwnership;
import chat.platform.errors.InvalidInputException;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

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
    public JsonObject list(@PathParam("gid") String groupId, @QueryParam("after") String after,
                           @QueryParam("limit") String limit) {
        var page = listMembers.page(caller(), groupId, after, limit == null ? null : parseLimit(limit));
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (var member : page.members()) {
            var user = page.users().get(member.userId());
            var item = Json.createObjectBuilder().add("userId", member.userId()).add("role", member.role().name());
            item = user == null ? item.addNull("nickname") : item.add("nickname", user.nickname());
            items.add(member.mutedUntil() == null ? item.addNull("mutedUntil")
                    : item.add("mutedUntil", member.mutedUntil().toString()));
        }
        var json = Json.createObjectBuilder().add("items", items);
        return (page.next() == null ? json.addNull("next") : json.add("next", page.next())).build();
    }

    @POST
    @Path("{gid}/members")
    public JsonObject add(@PathParam("gid") String groupId, JsonObject json) {
        var added = addMembers.byMember(caller(), groupId, JsonBody.of(json).requiredStrings("userIds"));
        return Json.createObjectBuilder().add("added", Json.createArrayBuilder(added)).build();
    }

    @DELETE
    @Path("{gid}/members/{uid}")
    public Response remove(@PathParam("gid") String groupId, @PathParam("uid") String userId) {
        removeMember.remove(caller(), groupId, userId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{gid}/members/{uid}/role")
    public Response role(@PathParam("gid") String groupId, @PathParam("uid") String userId,
                         JsonObject json) {
        changeRole.change(caller(), groupId, userId, JsonBody.of(json).requiredString("role"));
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/transfer")
    public Response transfer(@PathParam("gid") String groupId, JsonObject json) {
        transferOwnership.transfer(caller(), groupId, JsonBody.of(json).requiredString("userId"));
        return Response.noContent().build();
    }

    @PUT
    @Path("{gid}/members/{uid}/mute")
    public JsonObject mute(@PathParam("gid") String groupId, @PathParam("uid") String userId,
                           JsonObject json) {
        var until = muteMember.mute(caller(), groupId, userId, JsonBody.of(json).requiredLong("minutes"));
        return Json.createObjectBuilder().add("userId", userId).add("mutedUntil", until.toString()).build();
    }

    @DELETE
    @Path("{gid}/members/{uid}/mute")
    public Response unmute(@PathParam("gid") String groupId, @PathParam("uid") String userId) {
        muteMember.unmute(caller(), groupId, userId);
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/invites")
    @Consumes(MediaType.WILDCARD)
    public Response invite(@PathParam("gid") String groupId, String body) {
        var ttl = JsonBody.parseOptional(body).optionalLong("ttlHours").orElse(null);
        var invite = invites.create(caller(), groupId, ttl);
        return Response.status(201).entity(Json.createObjectBuilder()
                .add("code", invite.code())
                .add("groupId", invite.groupId())
                .add("expiresAt", invite.expiresAt().toString())
                .build()).build();
    }

    @PUT
    @Path("{gid}/settings")
    public Response settings(@PathParam("gid") String groupId, JsonObject json) {
        changeSettings.doNotDisturb(caller(), groupId, JsonBody.of(json).requiredBoolean("doNotDisturb"));
        return Response.noContent().build();
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number");
        }
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
