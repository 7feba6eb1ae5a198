package chat.identity.internal.interfaces;

import chat.identity.internal.application.PresenceQuery;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own devices and which of them are connected now. */
@Path("/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    PresenceQuery presence;

    @Context
    SecurityContext security;

    @GET
    public JsonObject mine() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (var d : presence.devicesOf(Caller.of(security).userId())) {
            var item = Json.createObjectBuilder().add("deviceId", d.device().deviceId());
            IdentityJson.nullable(item, "deviceName", d.device().deviceName());
            items.add(item.add("lastSeenAt", d.device().lastSeenAt().toString()).add("online", d.online()));
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
