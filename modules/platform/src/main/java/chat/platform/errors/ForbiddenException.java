package chat.platform.errors;

/**
 * 403: the caller is known but may not do this. {@code FORBIDDEN} by default; a module may pass a
 * more specific contract code such as {@code NOT_A_CONTACT} or {@code MUTED}.
 */
public class ForbiddenException extends ChatException {

    public ForbiddenException(String message) {
        this(ErrorCode.FORBIDDEN, message);
    }

    public ForbiddenException(ErrorCode code, String message) {
        super(code, message);
    }
}
