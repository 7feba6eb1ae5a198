package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.IssueBotToken;
import chat.identity.internal.application.ProvisionUsers;
import chat.platform.rest.Items;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The operator API for accounts: batches from a company directory, and tokens for bots. */
@Path("/admin/users")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
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
    @Operation(operationId = "provisionUsers", summary = "Create accounts in a batch",
            description = "Up to 1,000 accounts from a company directory, all created or none: a row that breaks a rule "
                    + "is named in the 400 (users[3].username), a taken username is a 409.")
    @APIResponse(responseCode = "201", description = "The accounts created, in the batch's order",
            content = @Content(schema = @Schema(requiredProperties = {"items"}, properties = @SchemaProperty(name = "items",
                    type = SchemaType.ARRAY, implementation = ProvisionedUser.class))))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "USERNAME_TAKEN")
    public Response create(@RequestBody(required = true) UserBatch body) {
        var batch = body.users().stream()
                .map(row -> new ProvisionUsers.NewUser(row.username(), row.nickname(), row.password())).toList();
        var created = provisionUsers.provision(batch).stream().map(u -> new ProvisionedUser(u.id(), u.username())).toList();
        return Response.status(201).entity(new Items<>(created)).build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(operationId = "issueBotToken", summary = "A token for a user, issued by the operator",
            description = "For bots and integrations that act as a user without a password; the body is optional.")
    @APIResponse(responseCode = "201", description = "The token", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response token(@Parameter(description = "The user's id") @PathParam("id") String userId,
            @RequestBody(required = false, description = "Optional: the device's name") BotSessionRequest body) {
        var session = issueBotToken.issue(userId, body == null ? null : body.deviceName());
        return Response.status(201).entity(SessionView.of(session)).build();
    }
}
