package chat.identity.internal.infrastructure;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT where the server's public key is: in the var directory, which is only
 * known at run time. Its ordinal is below environment variables, so an operator can still point
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} elsewhere.
 */
public class JwtKeyConfigSource implements ConfigSource {

    private static final String LOCATION = "mp.jwt.verify.publickey.location";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(LOCATION, getValue(LOCATION));
    }

    /** Found once: Liberty reads the property on every request that may carry a token. */
    private volatile String location;

    @Override
    public String getValue(String propertyName) {
        if (!LOCATION.equals(propertyName)) {
            return null;
        }
        String found = location;
        if (found == null) {
            found = TokenKeys.directory().resolve(TokenKeys.PUBLIC_FILE).toString();
            location = found;
        }
        return found;
    }

    @Override
    public String getName() {
        return "chat-jwt-key";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
