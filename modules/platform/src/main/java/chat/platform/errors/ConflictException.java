package chat.platform.errors;

/** 409 with the contract's specific code ({@code USERNAME_TAKEN}, {@code GROUP_FULL}, ...). */
public class ConflictException extends ChatException {

    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
