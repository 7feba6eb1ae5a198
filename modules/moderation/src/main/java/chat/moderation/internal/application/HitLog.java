package chat.moderation.internal.application;

import java.util.List;

import chat.moderation.internal.domain.ContentHit;
import chat.moderation.internal.domain.ContentHits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The operator's view of what the content policy refused and masked, newest first. */
@ApplicationScoped
public class HitLog {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    @Inject
    ContentHits hits;

    public List<ContentHit> page(Long before, Integer limit) {
        return hits.page(before, limit == null ? DEFAULT_LIMIT : limit);
    }
}
