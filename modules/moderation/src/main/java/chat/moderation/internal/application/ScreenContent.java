package chat.moderation.internal.application;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.moderation.internal.domain.ListedWord;
import chat.moderation.internal.domain.Screening;
import chat.moderation.internal.domain.WordAction;
import chat.platform.errors.ContentBlockedException;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The content policy as other modules ask it ({@link ContentPolicy}): the word list first, then, for
 * a message that passed, the company's moderation service when one is set. Every refusal and mask is
 * recorded ({@link HitRecorder}) and counted.
 */
@ApplicationScoped
class ScreenContent implements ContentPolicy {

    @Inject
    CurrentWords words;

    @Inject
    HitRecorder hits;

    @Inject
    ModerationService service;

    @Inject
    ChatMetrics metrics;

    private LongConsumer blocked;
    private LongConsumer masked;
    private LongConsumer serviceAllowed;
    private LongConsumer serviceDenied;
    private LongConsumer serviceUnanswered;

    void registerMetrics(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        blocked = metrics.counter("chat_content_blocked", "Texts the content policy refused (a BLOCK word or the "
                + "company's moderation service); nothing of them was stored");
        masked = metrics.counter("chat_content_masked", "Texts stored with a MASK word's letters written as *");
        serviceAllowed = metrics.counter("chat_moderation_service_allowed", "Messages the company's moderation service allowed");
        serviceDenied = metrics.counter("chat_moderation_service_denied", "Messages the company's moderation service denied");
        serviceUnanswered = metrics.counter("chat_moderation_service_unanswered", "Messages the company's moderation "
                + "service did not judge in time (slow, down, or an unreadable answer); CHAT_MODERATION_FAIL_OPEN decided");
    }

    @Override
    public String screen(ContentPlace place, String text, String userId, String conversationId) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Screening screening = words.matcher().screen(text);
        Optional<ListedWord> block = screening.blockedBy();
        if (block.isPresent()) {
            hits.record(userId, place, conversationId, WordAction.BLOCK, block.get().word(), null, text);
            throw refused(place);
        }
        String stored = screening.stored();
        List<ListedWord> maskedWords = screening.masked();
        maskedWords.forEach(word -> hits.record(userId, place, conversationId, WordAction.MASK, word.word(), null, text));
        if (place == ContentPlace.MESSAGE && service.configured()) {
            askService(userId, conversationId, text);
        }
        if (!maskedWords.isEmpty()) {
            masked.accept(1);
        }
        return stored;
    }

    /** The company's service has the last word on a message; when it gives none, the fail-open setting does. */
    private void askService(String userId, String conversationId, String text) {
        ModerationService.Verdict verdict = service.judge(userId, conversationId, text);
        if (verdict instanceof ModerationService.Allowed) {
            serviceAllowed.accept(1);
            return;
        }
        String reason;
        if (verdict instanceof ModerationService.Denied denied) {
            serviceDenied.accept(1);
            reason = denied.reason();
        } else {
            serviceUnanswered.accept(1);
            if (service.failsOpen()) {
                return;
            }
            reason = "unanswered: " + ((ModerationService.Unanswered) verdict).why();
        }
        hits.record(userId, ContentPlace.MESSAGE, conversationId, WordAction.BLOCK, null, reason, text);
        throw refused(ContentPlace.MESSAGE);
    }

    private ContentBlockedException refused(ContentPlace place) {
        blocked.accept(1);
        return new ContentBlockedException("This " + place.words() + " contains words this company does not allow");
    }
}
