package chat.identity.internal.interfaces;

import java.util.Arrays;
import java.util.List;

import chat.identity.internal.application.PresenceQuery;
import chat.platform.errors.InvalidInputException;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Whether the caller's contacts (or the caller) are online, and when they were last seen. */
@Path("/presence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private static final int MAX_USERS = 500;

    @Inject
    PresenceQuery presence;

    @Context
    SecurityContext security;

    @GET
    public JsonObject of(@QueryParam("userIds") String userIds) {
        if (userIds == null || userIds.isBlank()) {
            throw new InvalidInputException("userIds", "is required: comma-separated user ids");
        }
        List<String> ids = Arrays.stream(userIds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (ids.size() > MAX_USERS) {
            throw new InvalidInputException("userIds", "at most " + MAX_USERS + " users at once");
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (var p : presence.of(Caller.of(security).userId(), ids)) {
            var item = Json.createObjectBuilder().add("userId", p.userId()).add("online", p.online());
            items.add(IdentityJson.nullable(item, "lastSeenAt", p.lastSeenAt()));
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
