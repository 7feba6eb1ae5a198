package chat.push.internal.interfaces;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.push.internal.application.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The calling device's Web Push subscription. */
@Path("/devices/current/push")
@Tag(name = "push")
@RequestScoped
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Context
    SecurityContext security;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeToPush", summary = "Store this device's Web Push subscription",
            description = "While the device has no live connection, new messages reach it through its push service "
                    + "(RFC 8030), encrypted to its keys (RFC 8291). It replaces the device's earlier subscription, and "
                    + "goes when the token that made it is logged out.")
    @APIResponse(responseCode = "204", description = "Stored")
    public Response subscribe(@RequestBody(required = true) PushSubscriptionRequest body) {
        Caller caller = Caller.of(security);
        var token = (JsonWebToken) security.getUserPrincipal();
        subscriptions.subscribe(caller, token.getTokenID(), body.endpoint(), body.p256dh(), body.auth());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(operationId = "unsubscribeFromPush", summary = "Stop pushes to this device")
    @APIResponse(responseCode = "204", description = "The device has no subscription (any more)")
    public Response unsubscribe() {
        subscriptions.unsubscribe(Caller.of(security));
        return Response.noContent().build();
    }
}
