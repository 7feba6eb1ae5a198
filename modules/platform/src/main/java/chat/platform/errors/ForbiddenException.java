package chat.platform.errors;

/**
 * 403: the caller is known but may not do this. {@code FORBIDDEN} by default; a module may pass a
 * more specific contract code such as {@code NOT_A_CONTACT} or {@code MUTED}.
 */
public class ForbiddenException extends ChatException {

    public ForbiddenException(String message) {
        this("FORBIDDEN", message);
    }

    public ForbiddenException(String code, String message) {
        super(403, code, message);
    }
}
