package chat.identity.internal.interfaces;

import java.util.ArrayList;
import java.util.List;

import chat.identity.internal.application.IssueBotToken;
import chat.identity.internal.application.ProvisionUsers;
import chat.platform.json.JsonBody;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operator API for accounts: batches from a company directory, and tokens for bots. */
@Path("/admin/users")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    ProvisionUsers provisionUsers;

    @Inject
    IssueBotToken issueBotToken;

    @POST
    public Response create(JsonObject json) {
        List<ProvisionUsers.NewUser> batch = new ArrayList<>();
        for (JsonObject user : JsonBody.of(json).requiredObjects("users")) {
            JsonBody fields = JsonBody.of(user);
            batch.add(new ProvisionUsers.NewUser(fields.optionalString("username").orElse(null),
                    fields.optionalString("nickname").orElse(null), fields.optionalString("password").orElse(null)));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        provisionUsers.provision(batch).forEach(u -> items.add(Json.createObjectBuilder()
                .add("id", u.id()).add("username", u.username())));
        return Response.status(201).entity(Json.createObjectBuilder().add("items", items).build()).build();
    }

    @POST
    @Path("{id}/sessions")
    public Response token(@PathParam("id") String userId, String body) {
        String deviceName = JsonBody.parseOptional(body).optionalString("deviceName").orElse(null);
        var session = issueBotToken.issue(userId, deviceName);
        return Response.status(201).entity(IdentityJson.session(session)).build();
    }
}
