package chat.platform.errors;

/** 401 {@code UNAUTHENTICATED}: no valid credentials came with the request. */
public class UnauthenticatedException extends ChatException {

    public UnauthenticatedException(String message) {
        super(ErrorCode.UNAUTHENTICATED, message);
    }
}
