package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.SearchMessages;
import chat.messaging.internal.domain.SearchQuery;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /search/messages}: the caller's messages found by their words. */
@Path("/search/messages")
@Tag(name = "messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchMessages search;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "searchMessages", summary = "Find messages by their words",
            description = "Texts of the conversations the caller belongs to now (or of one), newest first, holding q "
                    + "whatever its case and width; words inside Chinese and Japanese text are found too. Recalled "
                    + "messages and those the caller hid never appear.")
    @APIResponse(responseCode = "200", description = "A page of hits",
            content = @Content(schema = @Schema(implementation = SearchResultsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: q, limit or before")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "groupId is not a conversation of the caller's")
    public SearchResultsView search(
            @Parameter(required = true, description = "The words, 1 to 100 characters", example = "红包") @QueryParam("q") String q,
            @Parameter(description = "Only this conversation") @QueryParam("groupId") String groupId,
            @Parameter(description = "The next of the previous page") @QueryParam("before") String before,
            @Parameter(description = "How many hits at most; " + SearchQuery.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(SearchQuery.MAX_LIMIT) Long limit) {
        return SearchResultsView.of(search.search(Caller.of(security).userId(), q, groupId, before, limit));
    }
}
