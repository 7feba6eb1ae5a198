package chat.unread.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.unread.internal.application.UnreadOverview;
import chat.unread.internal.domain.UnreadCount;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The caller's unread counts: every conversation's, and their sum as a badge shows it. */
@Schema(name = "Unread")
@JsonbPropertyOrder({"total", "totalDisplay", "items"})
public record UnreadView(
        @Schema(required = true, minimum = "0", description = "The sum of the capped counts") long total,
        @Schema(required = true, description = "The total as a badge shows it: \"99+\" past 99", example = "99+")
        String totalDisplay,
        @Schema(required = true) List<ConversationUnreadView> items) {

    public UnreadView {
        items = List.copyOf(items);
    }

    static UnreadView of(UnreadOverview.Overview overview) {
        return new UnreadView(overview.total(), UnreadCount.display(overview.total()),
                overview.items().stream().map(ConversationUnreadView::of).toList());
    }
}
