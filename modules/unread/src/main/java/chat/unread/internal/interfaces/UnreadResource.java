package chat.unread.internal.interfaces;

import chat.platform.rest.Caller;
import chat.unread.internal.application.UnreadOverview;
import chat.unread.internal.domain.UnreadCount;
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

/** {@code GET /unread}: every conversation of the caller with its count, and the total. */
@Path("/unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {

    @Inject
    UnreadOverview overview;

    @Context
    SecurityContext security;

    @GET
    public JsonObject unread() {
        UnreadOverview.Overview unread = overview.of(Caller.of(security).userId());
        JsonArrayBuilder items = Json.createArrayBuilder();
        unread.items().forEach(item -> items.add(Json.createObjectBuilder().add("groupId", item.groupId())
                .add("unread", item.unread().count()).add("display", item.unread().display())));
        return Json.createObjectBuilder().add("total", unread.total())
                .add("totalDisplay", UnreadCount.display(unread.total())).add("items", items).build();
    }
}
