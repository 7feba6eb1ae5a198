package chat.platform.errors;

/**
 * A failure the client caused or must hear about: one contract error code and one HTTP status.
 * Modules throw a subclass per failure; {@code chat.platform.rest.ChatExceptionMapper} turns every
 * one of them into the contract's {@code {"error":{"code","message"}}} body, in one place.
 */
public abstract class ChatException extends RuntimeException {

    private final ErrorCode code;

    protected ChatException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The contract's UPPER_SNAKE error code. */
    public String code() {
        return code.name();
    }

    /** The HTTP status that carries the code. */
    public int status() {
        return code.status();
    }
}
