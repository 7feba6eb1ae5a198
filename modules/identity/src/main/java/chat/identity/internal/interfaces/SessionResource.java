package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.LogIn;
import chat.identity.internal.application.LogOut;
import chat.platform.rest.Caller;
import chat.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Log in (a token for a device) and log out (that token stops working at once). */
@Path("/sessions")
@Tag(name = "identity")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    LogIn logIn;

    @Inject
    LogOut logOut;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "chat.login.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    @POST
    @PublicEndpoint
    @SecurityRequirementsSets({})
    @Operation(operationId = "logIn", summary = "Log in",
            description = "Checks the password and gives a token for the device named, or for a new device. Repeated "
                    + "failures for a username or from an address are slowed down with 429 RATE_LIMITED.")
    @APIResponse(responseCode = "201", description = "The token and the device it is for",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response logIn(@RequestBody(required = true) LoginRequest body) {
        var session = logIn.logIn(body.username(), body.password(), body.deviceId(), body.deviceName(),
                new ClientAddresses(trustedProxies).of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        return Response.status(201).entity(SessionView.of(session)).build();
    }

    @DELETE
    @Path("current")
    @Operation(operationId = "logOut", summary = "Log out",
            description = "The caller's token stops working at once, on every node, and its WebSocket connections close.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logOut() {
        JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
        Caller caller = Caller.of(security);
        logOut.logOut(token.getTokenID(), caller.userId(), caller.deviceId(), Instant.ofEpochSecond(token.getExpirationTime()));
        return Response.noContent().build();
    }
}
