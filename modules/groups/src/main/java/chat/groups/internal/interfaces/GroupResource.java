package chat.groups.internal.interfaces;

import java.time.Instant;
import java.util.List;

import chat.groups.internal.application.Access;
import chat.groups.internal.application.CreateGroup;
import chat.groups.internal.application.DisbandGroup;
import chat.groups.internal.application.ListConversations;
import chat.groups.internal.application.UpdateGroup;
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
    public Response create(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        List<String> memberIds = json.containsKey("memberIds") ? body.requiredStrings("memberIds") : List.of();
        var group = createGroup.byUser(caller(), body.requiredString("name"), memberIds,
                body.optionalLong("maxMembers").orElse(null));
        return Response.status(201).entity(GroupJson.of(group)).build();
    }

    @GET
    public JsonObject mine() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        var listing = listConversations.of(caller());
        Instant now = Instant.now();
        listing.conversations().forEach(c -> items.add(GroupJson.of(c,
                listing.lastSeqs().getOrDefault(c.conversation().id(), 0L), now)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{gid}")
    public JsonObject one(@PathParam("gid") String groupId) {
        var seat = access.of(groupId, caller());
        return GroupJson.of(seat.conversation(), seat.member(), Instant.now());
    }

    @PATCH
    @Path("{gid}")
    public JsonObject update(@PathParam("gid") String groupId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var group = updateGroup.update(caller(), groupId, body.optionalString("name"),
                body.optionalString("announcement"), body.optionalBoolean("allMuted"));
        return GroupJson.of(group);
    }

    @DELETE
    @Path("{gid}")
    public Response disband(@PathParam("gid") String groupId) {
        disbandGroup.disband(caller(), groupId);
        return Response.noContent().build();
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
