package chat.loadtest;

/** The server answered with a status the scenario did not expect. */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(String call, int status, String detail) {
        super(call + " -> " + status + (detail.isEmpty() ? "" : " " + detail));
        this.status = status;
    }

    int status() {
        return status;
    }
}
