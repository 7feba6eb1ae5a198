package chat.platform.errors;

/** 404 {@code NOT_FOUND}: no such thing, or none the caller may know of. */
public class NotFoundException extends ChatException {

    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
