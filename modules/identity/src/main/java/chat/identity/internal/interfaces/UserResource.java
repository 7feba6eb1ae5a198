package chat.identity.internal.interfaces;

import chat.identity.internal.application.RegisterUser;
import chat.identity.internal.application.SearchUsers;
import chat.identity.internal.application.UpdateProfile;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Sign-up, profiles, and finding people by username. */
@Path("/users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    RegisterUser registerUser;

    @Inject
    UpdateProfile updateProfile;

    @Inject
    SearchUsers searchUsers;

    @Inject
    UserRepository users;

    @Context
    SecurityContext security;

    @POST
    @PublicEndpoint
    public Response register(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var user = registerUser.register(body.requiredString("username"), body.requiredString("password"),
                body.requiredString("nickname"), body.optionalString("avatarUrl").orElse(null));
        return Response.status(201).entity(IdentityJson.user(user)).build();
    }

    @GET
    public JsonObject search(@QueryParam("username") String username, @QueryParam("limit") String limit) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        searchUsers.byUsernamePrefix(username, limit == null ? null : parseLimit(limit))
                .forEach(user -> items.add(IdentityJson.user(user)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("me")
    public JsonObject me() {
        return byId(Caller.of(security).userId());
    }

    @PATCH
    @Path("me")
    public JsonObject updateMe(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var user = updateProfile.update(Caller.of(security).userId(), body.optionalString("nickname"),
                body.optionalString("avatarUrl"));
        return IdentityJson.user(user);
    }

    @GET
    @Path("{id}")
    public JsonObject byId(@PathParam("id") String id) {
        return users.byId(id).map(IdentityJson::user).orElseThrow(() -> new NotFoundException("no user " + id));
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number from 1 to " + SearchUsers.MAX_LIMIT);
        }
    }
}
