package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.PresenceQuery;
import chat.platform.rest.Caller;
import chat.platform.rest.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own devices and which of them are connected now. */
@Path("/devices")
@Tag(name = "identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    PresenceQuery presence;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listDevices", summary = "The caller's devices, and which are connected now")
    public Items<DeviceView> mine() {
        return new Items<>(presence.devicesOf(Caller.of(security).userId()).stream().map(DeviceView::of).toList());
    }
}
