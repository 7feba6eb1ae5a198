package chat.messaging.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation's pinned messages, newest pin first. */
@Schema(name = "PinnedMessages")
public record PinnedMessages(@Schema(required = true) List<MessageView> items) {

    public PinnedMessages {
        items = List.copyOf(items);
    }
}
