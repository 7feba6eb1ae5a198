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

import chat.identity.internal.application.DisableAccounts;
import chat.identity.internal.application.IssueBotToken;
import chat.identity.internal.application.ListAccounts;
import chat.identity.internal.application.ProvisionUsers;
import chat.platform.audit.AuditLog;
import chat.platform.json.Json;
import chat.platform.rest.Items;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator API for accounts: batches from a company directory, tokens for bots, the list of
 * accounts, and disabling and enabling one. Each call that changes something writes its audit row
 * in the change's transaction.
 */
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

    @Inject
    ListAccounts listAccounts;

    @Inject
    DisableAccounts disableAccounts;

    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listAccounts", summary = "Find accounts",
            description = "Accounts whose username starts with q or whose nickname holds it, case aside (all without q), "
                    + "in username order, a page at a time.")
    public AccountPage list(
            @Parameter(description = "Part of a username (its start) or a nickname; at most 100 characters") @QueryParam("q") String q,
            @Parameter(description = "The next of the page before") @QueryParam("after") String after,
            @Parameter(description = "How many at most; " + ListAccounts.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(ListAccounts.MAX_LIMIT) Integer limit) {
        return AccountPage.of(listAccounts.find(q, after, limit));
    }

    @POST
    @Path("{id}/disable")
    @Transactional
    @Operation(operationId = "disableAccount", summary = "Disable an account",
            description = "Every token it holds is refused at once on every node, its open connections close, its "
                    + "pushes stop, and its login answers 403 ACCOUNT_DISABLED. Disabling a disabled account changes nothing.")
    @APIResponse(responseCode = "204", description = "Disabled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void disable(@Parameter(description = "The user's id") @PathParam("id") String userId) {
        if (disableAccounts.disable(userId)) {
            audit.operator("user.disable", userId, null);
        }
    }

    @POST
    @Path("{id}/enable")
    @Transactional
    @Operation(operationId = "enableAccount", summary = "Enable a disabled account",
            description = "It may log in again; the tokens it held before it was disabled stay refused.")
    @APIResponse(responseCode = "204", description = "Enabled")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void enable(@Parameter(description = "The user's id") @PathParam("id") String userId) {
        if (disableAccounts.enable(userId)) {
            audit.operator("user.enable", userId, null);
        }
    }

    @POST
    @Operation(operationId = "provisionUsers", summary = "Create accounts in a batch",
            description = "Up to 1,000 accounts from a company directory, all created or none: a row that breaks a rule "
                    + "is named in the 400 (users[3].username), a taken username is a 409.")
    @APIResponse(responseCode = "201", description = "The accounts created, in the batch's order",
            content = @Content(schema = @Schema(requiredProperties = {"items"}, properties = @SchemaProperty(name = "items",
                    type = SchemaType.ARRAY, implementation = ProvisionedUser.class))))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "USERNAME_TAKEN")
    @Transactional
    public Response create(@RequestBody(required = true) UserBatch body) {
        var batch = body.users().stream()
                .map(row -> new ProvisionUsers.NewUser(row.username(), row.nickname(), row.password())).toList();
        var created = provisionUsers.provision(batch).stream().map(u -> new ProvisionedUser(u.id(), u.username())).toList();
        audit.operator("users.provision", created.size() + " users", Json.createObjectBuilder()
                .add("userIds", Json.createArrayBuilder(created.stream().map(ProvisionedUser::id).toList())).build());
        return Response.status(201).entity(new Items<>(created)).build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(operationId = "issueBotToken", summary = "A token for a user, issued by the operator",
            description = "For bots and integrations that act as a user without a password; the body is optional.")
    @APIResponse(responseCode = "201", description = "The token", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "ACCOUNT_DISABLED")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Transactional
    public Response token(@Parameter(description = "The user's id") @PathParam("id") String userId,
            @RequestBody(required = false, description = "Optional: the device's name") BotSessionRequest body) {
        var session = issueBotToken.issue(userId, body == null ? null : body.deviceName());
        audit.operator("user.token", userId, Json.createObjectBuilder().add("deviceId", session.deviceId()).build());
        return Response.status(201).entity(SessionView.of(session)).build();
    }
}
