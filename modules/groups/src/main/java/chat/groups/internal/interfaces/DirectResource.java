package chat.groups.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.groups.internal.application.OpenDirectChat;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The direct (1:1) chat with a contact: 201 when this call made it, 200 when it existed. */
@Path("/direct")
@Tag(name = "groups")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DirectResource {

    @Inject
    OpenDirectChat openDirectChat;

    @Context
    SecurityContext security;

    @POST
    @Operation(operationId = "openDirectChat", summary = "Open the direct chat with a contact",
            description = "The one DIRECT conversation of the caller and a contact: the same id every time for the same "
                    + "pair, made by whoever asks first. Both people are told when it is made.")
    @APIResponse(responseCode = "200", description = "The chat, which existed", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "201", description = "The chat, made by this call", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "NOT_A_CONTACT: the user is no contact of the caller")
    public Response open(@RequestBody(required = true) DirectChatRequest body) {
        var opened = openDirectChat.open(Caller.of(security).userId(), body.userId());
        return Response.status(opened.created() ? 201 : 200).entity(GroupView.of(opened.chat())).build();
    }
}
