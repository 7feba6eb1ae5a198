package chat.identity.api;

import java.util.Set;

import chat.platform.events.Event;

/**
 * A frame for some users' live connections reached this node (from any node, through the
 * {@code chat.user-events} topic). The WebSocket gateway observes it and writes the frame to the
 * local connections of those users; other nodes do the same for theirs.
 *
 * @param recipients     the users whose connections get the frame
 * @param frame          the WebSocket frame, JSON text
 * @param exceptDeviceId a device of theirs that already knows (it caused the event), or null
 */
public record UserEventArrived(Set<String> recipients, String frame, String exceptDeviceId) implements Event {

    public UserEventArrived {
        recipients = Set.copyOf(recipients);
    }
}
