package chat.platform.errors;

/** 415 {@code UNSUPPORTED_MEDIA_TYPE}: the bytes are not a kind of media the server takes, or not what they claim. */
public class UnsupportedMediaException extends ChatException {

    public UnsupportedMediaException(String message) {
        super(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
