package chat.moderation.internal.domain;

import java.time.Instant;

import chat.moderation.api.ContentPlace;

/**
 * A text refused or masked: who wrote it, where it was going, the rule (a listed word, or the reason
 * the company's moderation service gave) and, when the operator asked for it, the text.
 */
public record ContentHit(long id, Instant at, String userId, ContentPlace place, String conversationId,
                         WordAction action, String word, String serviceReason, String text) {

    /** A hit not yet recorded. */
    public static ContentHit of(String userId, ContentPlace place, String conversationId, WordAction action,
                                String word, String serviceReason, String text) {
        return new ContentHit(0, null, userId, place, conversationId, action, word, serviceReason, text);
    }
}
