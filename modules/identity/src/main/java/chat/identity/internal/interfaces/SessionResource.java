package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import chat.identity.internal.application.LogIn;
import chat.identity.internal.application.LogOut;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
    public Response logIn(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var session = logIn.logIn(body.requiredString("username"), body.requiredString("password"),
                body.optionalString("deviceId").orElse(null), body.optionalString("deviceName").orElse(null),
                new ClientAddresses(trustedProxies).of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        return Response.status(201).entity(IdentityJson.session(session)).build();
    }

    @DELETE
    @Path("current")
    public Response logOut() {
        JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
        Caller caller = Caller.of(security);
        logOut.logOut(token.getTokenID(), caller.userId(), caller.deviceId(), Instant.ofEpochSecond(token.getExpirationTime()));
        return Response.noContent().build();
    }
}
