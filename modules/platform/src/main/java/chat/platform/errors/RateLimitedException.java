package chat.platform.errors;

/** 429 {@code RATE_LIMITED}: the caller must slow down. */
public class RateLimitedException extends ChatException {

    public RateLimitedException(String message) {
        super(ErrorCode.RATE_LIMITED, message);
    }
}
