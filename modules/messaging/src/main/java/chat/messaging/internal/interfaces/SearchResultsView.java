package chat.messaging.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.application.SearchMessages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of search hits, newest first. */
@Schema(name = "SearchResults")
@JsonbPropertyOrder({"items", "next"})
public record SearchResultsView(
        @Schema(required = true) List<SearchHitView> items,
        @Schema(required = true, nullable = true, description = "Pass as before for the next page; null on the last")
        String next) {

    static SearchResultsView of(SearchMessages.Page page) {
        return new SearchResultsView(page.items().stream().map(SearchHitView::of).toList(), page.next());
    }
}
