package chat.push.internal.domain;

import java.time.Instant;

/**
 * What waits for one device, conversation and channel: how many messages since the last push, and
 * the newest of them.
 *
 * @param mentioned     one of them mentions the device's user
 * @param firstFailedAt when the push service or gateway first refused it; null while none did
 */
public record PendingPush(PendingKey key, int count, long lastSeq, String lastSenderId, String lastType,
                          String lastPreview, boolean mentioned, int attempts, Instant firstFailedAt) {
}
