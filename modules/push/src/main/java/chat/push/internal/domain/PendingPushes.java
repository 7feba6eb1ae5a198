package chat.push.internal.domain;

import java.util.List;
import java.util.Optional;

/**
 * Pushes waiting to leave, one row per device, conversation and channel. Noting a message counts
 * it once, however often the intake hears of it; a row that had nothing waiting needs a delivery
 * job, one that had already has one on its way.
 */
public interface PendingPushes {

    /**
     * Counts the message for each key, in the caller's transaction; answers the keys that had
     * nothing waiting before (each needs a delivery job). A message already counted changes nothing.
     */
    List<PendingKey> note(StoredMessage message, List<PendingKey> keys, boolean mentioned);

    /** What waits under the key, locked until the caller's transaction ends; empty when nothing does. */
    Optional<PendingPush> take(PendingKey key);

    /** Delivered (or given up): nothing waits under the key any more. */
    void settle(PendingKey key);

    /** The push service or gateway refused it for now: one more attempt, the first failure kept. */
    void failed(PendingKey key);
}
