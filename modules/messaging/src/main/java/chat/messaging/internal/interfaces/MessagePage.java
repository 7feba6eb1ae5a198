package chat.messaging.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of a conversation's messages, ascending by seq, and whether more exist in the direction read. */
@Schema(name = "MessagePage")
@JsonbPropertyOrder({"items", "hasMore"})
public record MessagePage(
        @Schema(required = true) List<MessageView> items,
        @Schema(required = true, description = "After: more messages up to until; before: older messages") boolean hasMore) {

    public MessagePage {
        items = List.copyOf(items);
    }
}
