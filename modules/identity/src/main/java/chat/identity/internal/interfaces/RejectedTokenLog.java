package chat.identity.internal.interfaces;

import java.util.logging.Logger;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Logs a fingerprint of a bearer token that MicroProfile JWT refused before the application saw
 * the request (bad signature, expired, not a JWT). Liberty's own messages about such a token quote
 * it, or its parts, whole, so server.xml hides them (CWWKS5523E, CWWKS5524E, CWWKS6031E); this line
 * takes their place. A request the application saw is marked by {@link BearerTokenFilter}, which
 * logs its own refusals.
 */
@WebListener
public class RejectedTokenLog implements ServletRequestListener {

    static final String SEEN = "chat.bearer-seen";
    private static final Logger LOG = Logger.getLogger(RejectedTokenLog.class.getName());

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)
                || request.getAttribute(SEEN) != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        String token = TokenFingerprint.bearer(request.getHeader("Authorization"));
        if (token != null && request.getUserPrincipal() == null) {
            LOG.info(() -> "refused a bearer token that did not verify: " + TokenFingerprint.of(token) + " on "
                    + request.getMethod() + " " + request.getRequestURI() + " from " + request.getRemoteAddr());
        }
    }
}
