package chat.platform.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import chat.platform.errors.UnauthenticatedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is calling: the user and the device of the verified token. Any module's resource asks
 * {@code Caller.of(securityContext)} instead of reading token claims itself.
 *
 * @param userId   the user
 * @param deviceId the device the token was issued to
 */
public record Caller(String userId, String deviceId) {

    /** The device id claim in the tokens the server issues. */
    public static final String DEVICE_CLAIM = "did";

    /** The caller when the request carries a verified token (for endpoints that also take signed links). */
    public static java.util.Optional<Caller> ifAny(SecurityContext security) {
        return security.getUserPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? java.util.Optional.of(of(security)) : java.util.Optional.empty();
    }

    public static Caller of(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw new UnauthenticatedException("a valid bearer token is required");
        }
        Object device = token.getClaim(DEVICE_CLAIM);
        return new Caller(token.getSubject(), device == null ? "" : device.toString().replace("\"", ""));
    }
}
