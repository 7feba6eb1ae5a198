package chat.messaging.api;

import java.time.Instant;
import java.util.List;

import chat.platform.events.Event;

/**
 * A message stored in a conversation at {@code seq}: one of the {@link MessagesStored} of its
 * transaction.
 *
 * @param text       a text's text, a red packet's greeting, a system message's line; null for media
 * @param mentions   the members it calls on by name (checked members), empty for most messages
 * @param mentionAll whether it calls on every member
 */
public record MessageStored(String groupId, long seq, String senderId, String type, Instant at, String text,
                            List<String> mentions, boolean mentionAll) implements Event {

    public MessageStored {
        mentions = List.copyOf(mentions);
    }
}
