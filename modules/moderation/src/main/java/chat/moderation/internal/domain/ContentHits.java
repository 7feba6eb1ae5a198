package chat.moderation.internal.domain;

import java.util.List;

/** The record of refused and masked texts, for the operator. */
public interface ContentHits {

    void record(ContentHit hit);

    /** The newest hits older than id {@code before} (from the newest when null), newest first. */
    List<ContentHit> page(Long before, int limit);
}
