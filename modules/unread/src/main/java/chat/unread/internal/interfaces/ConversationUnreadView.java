package chat.unread.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.unread.internal.application.UnreadOverview;
import chat.unread.internal.domain.UnreadCount;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** How many messages of one conversation the caller has not read, exact up to 99. */
@Schema(name = "ConversationUnread")
@JsonbPropertyOrder({"groupId", "unread", "display", "mentioned"})
public record ConversationUnreadView(
        @Schema(required = true, description = "The conversation (a group or a direct chat)") String groupId,
        @Schema(required = true, minimum = "0", maximum = "100",
                description = "Messages others sent after the caller's read cursor: exact up to 99, 100 from there on")
        long unread,
        @Schema(required = true, description = "The count as a badge shows it: \"0\" to \"99\", or \"99+\"", example = "7")
        String display,
        @Schema(required = true, description = "An unread message mentions the caller, by name or as everyone "
                + "(a list shows \"[@me]\"); false once the caller read past it")
        boolean mentioned) {

    static ConversationUnreadView of(UnreadOverview.Item item) {
        UnreadCount unread = item.unread();
        return new ConversationUnreadView(item.groupId(), unread.count(), unread.display(), item.mentioned());
    }
}
