package chat.platform.errors;

/**
 * Every error code of the client contract, with the HTTP status that carries it: the one place a
 * code is spelled. Codes are the contract's vocabulary, shared by REST answers and WebSocket
 * error frames; a module names the one its failure means, never a string.
 */
public enum ErrorCode {

    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_A_CONTACT(403),
    MUTED(403),
    NOT_ALLOWED(403),
    TOPUPS_DISABLED(403),
    ACCOUNT_DISABLED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    USERNAME_TAKEN(409),
    ALREADY_CONTACTS(409),
    GROUP_FULL(409),
    OWNER_MUST_TRANSFER(409),
    CLIENT_MSG_ID_REUSED(409),
    CLIENT_ID_REUSED(409),
    INSUFFICIENT_FUNDS(409),
    ALREADY_GRABBED(409),
    SOLD_OUT(409),
    EXPIRED(409),
    NOT_GRABBED(409),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    CONTENT_BLOCKED(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code a bare HTTP status stands for, when no failure named a more specific one. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
