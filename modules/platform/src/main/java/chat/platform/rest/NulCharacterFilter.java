package chat.platform.rest;

import chat.platform.errors.ErrorCode;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * A NUL character ({@code %00}) in a path segment or a query parameter is refused with 400
 * before anything looks it up: PostgreSQL cannot take NUL in text, and would fail the query as
 * a 500. Body fields get the same rule from {@link chat.platform.json.JsonBody}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class NulCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
            request.abortWith(ErrorResponses.of(ErrorCode.BAD_REQUEST, "path: must not contain NUL characters"));
            return;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                request.abortWith(ErrorResponses.of(ErrorCode.BAD_REQUEST,
                        parameter.getKey().replace('\0', '?') + ": must not contain NUL characters"));
                return;
            }
        }
    }
}
