package chat.identity.internal.interfaces;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.identity.internal.application.PresenceQuery;
import chat.platform.errors.InvalidInputException;
import chat.platform.rest.Caller;
import chat.platform.rest.Items;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Whether the caller's contacts (or the caller) are online, and when they were last seen. */
@Path("/presence")
@Tag(name = "identity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private static final int MAX_USERS = 500;

    @Inject
    PresenceQuery presence;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getPresence", summary = "Who is online",
            description = "For each user asked: online or not, and when last seen (now while online). Only the caller "
                    + "and their contacts may be asked about.")
    @APIResponse(responseCode = "200", description = "Each user asked", content = @Content(schema = @Schema(
            requiredProperties = "items", properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY,
                    implementation = PresenceView.class))))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "FORBIDDEN: a user asked about is no contact of the caller")
    public Items<PresenceView> of(
            @Parameter(description = "Comma-separated user ids, at most " + MAX_USERS, required = true, example = "u1,u2")
            @QueryParam("userIds") String userIds) {
        if (userIds == null || userIds.isBlank()) {
            throw new InvalidInputException("userIds", "is required: comma-separated user ids");
        }
        List<String> ids = Arrays.stream(userIds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (ids.size() > MAX_USERS) {
            throw new InvalidInputException("userIds", "at most " + MAX_USERS + " users at once");
        }
        return new Items<>(presence.of(Caller.of(security).userId(), ids).stream().map(PresenceView::of).toList());
    }
}
