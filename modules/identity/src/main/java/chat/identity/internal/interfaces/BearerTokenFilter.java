package chat.identity.internal.interfaces;

import java.util.logging.Logger;

import org.eclipse.microprofile.jwt.JsonWebToken;

import chat.identity.internal.application.LogOut;
import chat.identity.internal.application.TokenIssuer;
import chat.identity.internal.application.TokenStanding;
import chat.platform.errors.ErrorCode;
import chat.platform.rest.ErrorResponses;
import chat.platform.rest.OperatorEndpoint;
import chat.platform.rest.PublicEndpoint;
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
 * Every user endpoint needs a token that MicroProfile JWT verified and that nobody revoked since.
 * Public endpoints need none, but those that take a token when one is sent (media downloads) refuse
 * an invalid or revoked one like any user endpoint; operator endpoints take the API key instead
 * ({@link OperatorKeyFilter}). A token that did not verify is logged by its fingerprint only.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    LogOut sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        if (marked(OperatorEndpoint.class)) {
            return;
        }
        var principal = request.getSecurityContext().getUserPrincipal();
        String sent = TokenFingerprint.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean refusedByJwt = sent != null && !(principal instanceof JsonWebToken);
        if (refusedByJwt) {
            // MicroProfile JWT let the request through without a principal; its own message, which
            // quotes the token, is hidden (server.xml), so this line says which token it was
            LOG.info(() -> "refused a bearer token that did not verify: " + TokenFingerprint.of(sent) + " on "
                    + request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath());
        }
        PublicEndpoint open = publicEndpoint();
        if (open != null) {
            if (open.tokenWhenSent() && refusedByJwt) {
                request.abortWith(ErrorResponses.of(ErrorCode.UNAUTHENTICATED, "the bearer token sent is not valid"));
            } else if (open.tokenWhenSent() && principal instanceof JsonWebToken token) {
                refuseUnlessGood(request, token);
            }
            return;
        }
        if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
            request.abortWith(ErrorResponses.of(ErrorCode.UNAUTHENTICATED, "a valid bearer token is required"));
        } else {
            refuseUnlessGood(request, token);
        }
    }

    private void refuseUnlessGood(ContainerRequestContext request, JsonWebToken token) {
        TokenStanding standing = token.getTokenID() == null ? TokenStanding.REVOKED
                : sessions.standing(token.getTokenID(), token.getSubject(), generation(token));
        if (standing != TokenStanding.GOOD) {
            // the fingerprint, never the token: whoever reads the log must not be able to use it
            LOG.fine(() -> "refused a token (" + standing + "): " + TokenFingerprint.of(token.getRawToken()) + " of "
                    + token.getSubject());
            request.abortWith(ErrorResponses.of(ErrorCode.UNAUTHENTICATED, switch (standing) {
                case LOGGED_OUT -> "this token was logged out";
                case ACCOUNT_DISABLED -> "this account is disabled";
                default -> "this token was revoked";
            }));
        }
    }

    /** The account's token generation the token was issued in; 0 for tokens issued before generations were. */
    private static int generation(JsonWebToken token) {
        Object claim = token.getClaim(TokenIssuer.GENERATION_CLAIM);
        return claim == null ? 0 : Integer.parseInt(claim.toString().replace("\"", ""));
    }

    private PublicEndpoint publicEndpoint() {
        var method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        PublicEndpoint onMethod = method.getAnnotation(PublicEndpoint.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(PublicEndpoint.class);
    }

    private boolean marked(Class<? extends java.lang.annotation.Annotation> annotation) {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(annotation)
                || resource.getResourceClass().isAnnotationPresent(annotation));
    }
}
