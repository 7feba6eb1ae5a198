package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.AcceptContact;
import chat.identity.internal.application.ListContactRequests;
import chat.identity.internal.application.ListContacts;
import chat.identity.internal.application.RequestContact;
import chat.platform.rest.Caller;
import chat.platform.rest.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
@Tag(name = "identity")
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
    @Operation(operationId = "requestContact", summary = "Ask someone to become a contact",
            description = "The other user is told at once over WebSocket (contact.request). Asking again while a "
                    + "request is pending gives the same request.")
    @APIResponse(responseCode = "201", description = "The request", content = @Content(schema = @Schema(implementation = ContactRequestView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "ALREADY_CONTACTS")
    public Response request(@RequestBody(required = true) ContactRequestCreation body) {
        var request = requestContact.request(Caller.of(security).userId(), body.userId());
        return Response.status(201).entity(ContactRequestView.of(request)).build();
    }

    @GET
    @Path("requests")
    @Operation(operationId = "listContactRequests", summary = "Contact requests waiting for the caller's answer")
    public Items<ContactRequestView> pending() {
        return new Items<>(listContactRequests.pendingOf(Caller.of(security).userId()).stream()
                .map(ContactRequestView::of).toList());
    }

    @POST
    @Path("requests/{id}/accept")
    @Operation(operationId = "acceptContactRequest", summary = "Accept a contact request",
            description = "Only the user asked may accept; both are contacts from then on and both are told.")
    @APIResponse(responseCode = "200", description = "The accepted request",
            content = @Content(schema = @Schema(implementation = ContactRequestView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ContactRequestView accept(@Parameter(description = "The request's id") @PathParam("id") String id) {
        return ContactRequestView.of(acceptContact.accept(Caller.of(security).userId(), id));
    }

    @GET
    @Operation(operationId = "listContacts", summary = "The caller's contacts, and who of them is online")
    public Items<ContactView> list() {
        return new Items<>(listContacts.of(Caller.of(security).userId()).stream().map(ContactView::of).toList());
    }
}
