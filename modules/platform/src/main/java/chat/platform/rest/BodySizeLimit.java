package chat.platform.rest;

import chat.platform.errors.ErrorCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies (JSON) of at most {@code CHAT_REST_MAX_BODY_BYTES} (1 MiB by default): a larger
 * declared {@code Content-Length} is answered 413 {@code TOO_LARGE} before a byte is read, and a
 * chunked body is counted as it is read and refused the moment it passes the limit, so nobody can
 * make the server parse (and hold) 10 MiB of JSON. Media uploads ({@link StreamedBody}) keep theirs.
 * Runs after authentication: a stranger's large body is refused 401 without being read either.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimit implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    @ConfigProperty(name = "chat.rest.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(StreamedBody.class)) {
            return;
        }
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
            request.abortWith(ErrorResponses.of(ErrorCode.TOO_LARGE, tooLarge()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes, tooLarge()));
        }
    }

    private String tooLarge() {
        return "a request body holds at most " + maxBytes + " bytes";
    }

    /** The declared length; -1 when there is none or it is no number (the counting stream still holds). */
    static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return header.trim().matches("[0-9]+") ? Long.MAX_VALUE : -1;
        }
    }
}
