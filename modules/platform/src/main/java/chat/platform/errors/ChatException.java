package chat.platform.errors;

/**
 * A failure the client caused or must hear about: one contract error code and one HTTP status.
 * Modules throw a subclass per failure; {@code chat.platform.rest.ChatExceptionMapper} turns every
 * one of them into the contract's {@code {"error":{"code","message"}}} body, in one place.
 */
public abstract class ChatException extends RuntimeException {

    private final String code;
    private final int status;

    protected ChatException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The contract's UPPER_SNAKE error code. */
    public String code() {
        return code;
    }

    /** The HTTP status that carries the code. */
    public int status() {
        return status;
    }
}
