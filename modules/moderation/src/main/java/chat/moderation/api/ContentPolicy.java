package chat.moderation.api;

/**
 * The company's content policy (shared/api-contract.md, "Content policy"): each text a user writes
 * passes it before anything is stored. A BLOCK word refuses the text with 422
 * {@code CONTENT_BLOCKED}; a MASK word's letters are stored as {@code *}; both are recorded for the
 * operator. Messages are also asked of the company's moderation service when one is set.
 */
public interface ContentPolicy {

    /**
     * The text to store in its place: as written, or with MASK words masked.
     *
     * @param place          where it goes
     * @param text           what the user wrote; null or empty passes as it is
     * @param userId         who wrote it
     * @param conversationId the conversation it goes to; null for a nickname
     * @throws chat.platform.errors.ContentBlockedException when the policy refuses it: store nothing
     */
    String screen(ContentPlace place, String text, String userId, String conversationId);
}
