package chat.platform.errors;

/** 413 {@code TOO_LARGE}: the request's body is past a configured size; nothing of it was kept. */
public class TooLargeException extends ChatException {

    public TooLargeException(String message) {
        super(ErrorCode.TOO_LARGE, message);
    }
}
