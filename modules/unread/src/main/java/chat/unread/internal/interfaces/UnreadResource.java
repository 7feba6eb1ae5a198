package chat.unread.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.unread.internal.application.UnreadOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /unread}: every conversation of the caller with its count, and the total. */
@Path("/unread")
@Tag(name = "unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {

    @Inject
    UnreadOverview overview;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getUnreadCounts", summary = "The caller's unread counts",
            description = "Every conversation of the caller with the messages others sent since the caller's read "
                    + "cursor, capped at 100 (\"99+\"), and the total of the capped counts.")
    public UnreadView unread() {
        return UnreadView.of(overview.of(Caller.of(security).userId()));
    }
}
