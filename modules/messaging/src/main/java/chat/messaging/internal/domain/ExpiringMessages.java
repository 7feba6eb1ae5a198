package chat.messaging.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Retention's view of the messages, in the caller's transaction. */
public interface ExpiringMessages {

    /** A message retention removed: where it was, and the file it showed (null for none). */
    record Expired(String groupId, long seq, String mediaId) {
    }

    /**
     * Removes up to {@code max} living messages sent before {@code cutoff}, oldest first, as a
     * recall removes them: each keeps its seq, marked recalled, without its content, quote,
     * reactions, pin and search keys, and the replies quoting it lose their preview. Messages
     * another transaction holds are left for the next batch.
     */
    List<Expired> expire(Instant cutoff, int max);

    /** Of these files, those that a living message of the conversation still shows. */
    Set<String> stillShown(String groupId, Collection<String> mediaIds);
}
