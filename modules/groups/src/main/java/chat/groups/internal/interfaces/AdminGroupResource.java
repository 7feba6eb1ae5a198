package chat.groups.internal.interfaces;

import java.util.List;

import chat.groups.internal.application.AddMembers;
import chat.groups.internal.application.CreateGroup;
import chat.platform.json.JsonBody;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operator API for groups: company departments with any members, up to 10,000 added a call. */
@Path("/admin/groups")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminGroupResource {

    @Inject
    CreateGroup createGroup;

    @Inject
    AddMembers addMembers;

    @POST
    public Response create(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        List<String> memberIds = json.containsKey("memberIds") ? body.requiredStrings("memberIds") : List.of();
        var group = createGroup.byOperator(body.requiredString("ownerId"), body.requiredString("name"), memberIds,
                body.optionalLong("maxMembers").orElse(null));
        return Response.status(201).entity(GroupJson.of(group)).build();
    }

    @POST
    @Path("{gid}/members")
    public JsonObject add(@PathParam("gid") String groupId, JsonObject json) {
        var added = addMembers.byOperator(groupId, JsonBody.of(json).requiredStrings("userIds"));
        return Json.createObjectBuilder().add("added", Json.createArrayBuilder(added)).build();
    }
}
