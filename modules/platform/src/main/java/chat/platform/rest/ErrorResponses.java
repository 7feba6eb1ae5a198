package chat.platform.rest;

import java.util.Optional;

import chat.platform.errors.ChatException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the contract's error body {@code {"error":{"code","message"}}}; the one place that shapes it. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, String code, String message) {
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
                return Optional.of(of(400, "BAD_REQUEST", "the request body is not valid JSON: " + e.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The contract code for a bare HTTP status, when no domain exception named one. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "RATE_LIMITED";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }
}
