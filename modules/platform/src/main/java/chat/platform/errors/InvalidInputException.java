package chat.platform.errors;

/** 400 {@code BAD_REQUEST}: a field of the request is missing or breaks a rule; the message names it. */
public class InvalidInputException extends ChatException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(ErrorCode.BAD_REQUEST, field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
