package chat.moderation.internal.application;

/**
 * The company's own moderation service, asked about each message's text when
 * {@code CHAT_MODERATION_WEBHOOK_URL} is set.
 */
public interface ModerationService {

    /** What the service said, or that it did not say in time. */
    sealed interface Verdict {
    }

    record Allowed() implements Verdict {
    }

    record Denied(String reason) implements Verdict {
    }

    /** No answer within the budget, an error, or an answer that could not be read. */
    record Unanswered(String why) implements Verdict {
    }

    /** Whether a service is set at all. */
    boolean configured();

    /** Whether a message passes when the service gives no verdict in time ({@code CHAT_MODERATION_FAIL_OPEN}). */
    boolean failsOpen();

    Verdict judge(String userId, String conversationId, String text);
}
