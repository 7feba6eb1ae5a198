package chat.platform.rest;

import java.util.Optional;

import chat.platform.errors.ChatException;
import chat.platform.errors.ErrorCode;
import chat.platform.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the contract's error body {@code {"error":{"code","message"}}}; the one place that shapes it. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ErrorCode code, String message) {
        return of(code.status(), code.name(), message);
    }

    /** For a failure that carries its code and status already ({@link ChatException}). */
    static Response of(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(code, message)).build();
    }

    /** The error body as JSON text, for answers written outside JAX-RS (the container's error page). */
    public static String body(String code, String message) {
        return Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
                .build().toString();
    }

    /**
     * The answer for a failure the client caused, found anywhere in the chain of causes: the JAX-RS
     * runtime wraps what a body reader throws (a body past the limit, JSON that is no object or
     * nests too deep), and such a failure is still a 4xx, never a 500.
     */
    public static Optional<Response> ofClientFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ChatException e) {
                return Optional.of(of(e.status(), e.code(), e.getMessage()));
            }
            if (t instanceof JsonException e) {
                return Optional.of(of(ErrorCode.BAD_REQUEST, "the request body is not valid JSON: " + e.getMessage()));
            }
        }
        return Optional.empty();
    }
}
