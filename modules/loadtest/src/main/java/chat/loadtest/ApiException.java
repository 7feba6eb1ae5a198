package chat.loadtest;

/** The server answered with a status the scenario did not expect. */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(String call, int status, String detail) {
        this(call, status, "", detail);
    }

    /** {@code code} is the contract's error code ({@code SOLD_OUT}), or empty when the body had none. */
    ApiException(String call, int status, String code, String detail) {
        super(call + " -> " + status + (detail.isEmpty() ? "" : " " + detail));
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
