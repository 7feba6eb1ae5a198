package chat.push.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.push.internal.application.VapidKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The server's VAPID public key, which a page subscribes to push with. */
@Path("/push/vapid-key")
@Tag(name = "push")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VapidKeyResource {

    @Inject
    VapidKeys vapidKeys;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "vapidKey", summary = "The server's VAPID public key (RFC 8292)",
            description = "Pass it to pushManager.subscribe as applicationServerKey. The same on every node.")
    public VapidKeyView vapidKey() {
        Caller.of(security); // signed-in users only, like every call but register and login
        return new VapidKeyView(vapidKeys.publicKey());
    }
}
