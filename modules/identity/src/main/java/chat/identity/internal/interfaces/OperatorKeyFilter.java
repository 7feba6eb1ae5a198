package chat.identity.internal.interfaces;

import chat.identity.internal.infrastructure.OperatorKeys;
import chat.platform.audit.OperatorCaller;
import chat.platform.errors.ErrorCode;
import chat.platform.rest.ErrorResponses;
import chat.platform.rest.OperatorEndpoint;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Operator endpoints open with the {@code X-Api-Key} header alone, one of the operator keys; a
 * user's token does not open them. The key's name goes with the request to the audit log.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class OperatorKeyFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Api-Key";

    @Context
    ResourceInfo resource;

    @Inject
    OperatorKeys keys;

    @Inject
    OperatorCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean operator = resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(OperatorEndpoint.class);
        if (!operator) {
            return;
        }
        keys.nameOf(request.getHeaderString(HEADER)).ifPresentOrElse(caller::is, () -> request.abortWith(
                ErrorResponses.of(ErrorCode.UNAUTHENTICATED, "the operator API needs a valid X-Api-Key")));
    }
}
