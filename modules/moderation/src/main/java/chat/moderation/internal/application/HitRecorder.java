package chat.moderation.internal.application;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.moderation.api.ContentPlace;
import chat.moderation.internal.domain.ContentHit;
import chat.moderation.internal.domain.ContentHits;
import chat.moderation.internal.domain.WordAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records each refusal and mask in a transaction of its own, so a refusal's record survives the
 * refused change's rollback. The text is kept only with {@code CHAT_MODERATION_RECORD_TEXT=true}.
 */
@ApplicationScoped
class HitRecorder {

    @Inject
    ContentHits hits;

    @Inject
    @ConfigProperty(name = "chat.moderation.record-text", defaultValue = "false")
    boolean recordText;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String userId, ContentPlace place, String conversationId, WordAction action, String word,
                       String serviceReason, String text) {
        hits.record(ContentHit.of(userId, place, conversationId, action, word, serviceReason, recordText ? text : null));
    }
}
