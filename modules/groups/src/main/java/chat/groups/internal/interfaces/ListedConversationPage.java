package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.FindConversations;
import chat.platform.rest.KeysetPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of conversations, in id order. */
@Schema(name = "ListedConversationPage")
@JsonbPropertyOrder({"items", "next"})
public record ListedConversationPage(
        @Schema(required = true) List<ListedConversationView> items,
        @Schema(required = true, nullable = true, description = "Pass as after for the next page; null on the last")
        String next) {

    static ListedConversationPage of(KeysetPage<FindConversations.Listed> page) {
        return new ListedConversationPage(page.items().stream().map(ListedConversationView::of).toList(), page.next());
    }
}
