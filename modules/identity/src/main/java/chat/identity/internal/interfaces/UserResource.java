package chat.identity.internal.interfaces;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.RegisterUser;
import chat.identity.internal.application.SearchUsers;
import chat.identity.internal.application.UpdateProfile;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.NotFoundException;
import chat.platform.rest.Caller;
import chat.platform.rest.Items;
import chat.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Tag(name = "identity")
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
    @SecurityRequirementsSets({})
    @Operation(operationId = "register", summary = "Register an account",
            description = "Creates an account that can log in at once. The username is unique and kept as given.")
    @APIResponse(responseCode = "201", description = "The new user", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "USERNAME_TAKEN")
    public Response register(@RequestBody(required = true) RegistrationRequest body) {
        var user = registerUser.register(body.username(), body.password(), body.nickname(), body.avatarUrl());
        return Response.status(201).entity(UserView.of(user)).build();
    }

    @GET
    @Operation(operationId = "searchUsers", summary = "Find users by username",
            description = "Users whose username starts with the text given, in username order.")
    public Items<UserView> search(
            @Parameter(description = "The start of a username, 1 to 32 characters of a-z, 0-9, '_', '.' and '-'", required = true)
            @QueryParam("username") String username,
            @Parameter(description = "How many users at most; " + SearchUsers.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(SearchUsers.MAX_LIMIT) Integer limit) {
        return new Items<>(searchUsers.byUsernamePrefix(username, limit).stream().map(UserView::of).toList());
    }

    @GET
    @Path("me")
    @Operation(operationId = "getMe", summary = "The caller's profile")
    public UserView me() {
        return byId(Caller.of(security).userId());
    }

    @PATCH
    @Path("me")
    @Operation(operationId = "updateMe", summary = "Change the caller's profile",
            description = "Changes the fields given; absent or null fields stay as they are.")
    public UserView updateMe(@RequestBody(required = true) ProfileChange body) {
        return UserView.of(updateProfile.update(Caller.of(security).userId(), Optional.ofNullable(body.nickname()),
                Optional.ofNullable(body.avatarUrl())));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "A user's profile")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserView byId(@Parameter(description = "The user's id") @PathParam("id") String id) {
        return users.byId(id).map(UserView::of).orElseThrow(() -> new NotFoundException("no user " + id));
    }
}
