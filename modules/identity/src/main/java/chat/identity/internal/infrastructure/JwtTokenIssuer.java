package chat.identity.internal.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.identity.internal.application.IssuedToken;
import chat.identity.internal.application.TokenIssuer;
import chat.platform.rest.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;

/**
 * Signs RS256 JWTs that MicroProfile JWT verifies: {@code iss}, {@code aud}, {@code sub} and
 * {@code upn} (the user id), {@code groups}, {@code did} (the device), {@code gen} (the account's token generation), {@code jti}, {@code iat}, {@code exp}.
 */
@ApplicationScoped
class JwtTokenIssuer implements TokenIssuer {

    static final String ISSUER = "chat-server";
    static final String AUDIENCE = "chat-clients";

    @Inject
    @ConfigProperty(name = "chat.token.ttl-hours", defaultValue = "168")
    long ttlHours;

    private PrivateKey key;

    @PostConstruct
    void loadKey() {
        key = TokenKeys.signingKey();
    }

    @Override
    public IssuedToken issue(String userId, String deviceId, int tokenGeneration) {
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofHours(ttlHours));
        String jti = UUID.randomUUID().toString();
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
        String claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", userId)
                .add("upn", userId)
                .add("groups", Json.createArrayBuilder().add("user"))
                .add(Caller.DEVICE_CLAIM, deviceId)
                .add(GENERATION_CLAIM, tokenGeneration)
                .add("jti", jti)
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .build().toString();
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        return new IssuedToken(signingInput + "." + base64Url(sign(signingInput)), jti, expires);
    }

    private byte[] sign(String input) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
