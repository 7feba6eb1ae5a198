package chat.messaging.internal.domain;

import java.util.List;

/** The messages pinned in each conversation. */
public interface PinRepository {

    int MAX_PINS = 20;

    /**
     * Pins the message unless the conversation has {@value #MAX_PINS} pins already (counted under
     * a lock of the conversation's pins, so concurrent pins never pass the cap): true when pinned
     * now or before, false when the cap refused it.
     */
    boolean pin(String groupId, long seq, String byUserId);

    /** True when it was pinned. */
    boolean unpin(String groupId, long seq);

    /** The pinned messages the viewer may read (not recalled, not hidden by them), newest pin first. */
    List<Message> pinned(String groupId, String viewerId);
}
