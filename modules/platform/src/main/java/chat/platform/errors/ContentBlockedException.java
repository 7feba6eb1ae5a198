package chat.platform.errors;

/**
 * 422 {@code CONTENT_BLOCKED}: the text holds a word the company's content policy blocks; nothing
 * was stored. The message is written for the client to show as it is.
 */
public class ContentBlockedException extends ChatException {

    public ContentBlockedException(String message) {
        super(ErrorCode.CONTENT_BLOCKED, message);
    }
}
