package chat.identity.internal.interfaces;

import chat.identity.internal.application.AcceptContact;
import chat.identity.internal.application.ListContactRequests;
import chat.identity.internal.application.ListContacts;
import chat.identity.internal.application.RequestContact;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Contact requests, the pending ones, their acceptance, and the caller's contact list. */
@Path("/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    RequestContact requestContact;

    @Inject
    AcceptContact acceptContact;

    @Inject
    ListContacts listContacts;

    @Inject
    ListContactRequests listContactRequests;

    @Context
    SecurityContext security;

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(JsonObject json) {
        String to = JsonBody.of(json).requiredString("userId");
        var request = requestContact.request(Caller.of(security).userId(), to);
        return Response.status(201).entity(IdentityJson.contactRequest(request)).build();
    }

    @GET
    @Path("requests")
    public JsonObject pending() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        listContactRequests.pendingOf(Caller.of(security).userId())
                .forEach(request -> items.add(IdentityJson.contactRequest(request)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Path("requests/{id}/accept")
    public JsonObject accept(@PathParam("id") String id) {
        return IdentityJson.contactRequest(acceptContact.accept(Caller.of(security).userId(), id));
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (var contact : listContacts.of(Caller.of(security).userId())) {
            var item = Json.createObjectBuilder()
                    .add("id", contact.user().id())
                    .add("username", contact.user().username())
                    .add("nickname", contact.user().nickname());
            IdentityJson.nullable(item, "avatarUrl", contact.user().avatarUrl());
            items.add(item.add("online", contact.online()));
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
