package chat.platform.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the server signs what it posts to a company's services (the push gateway, the moderation
 * service), so they can tell its calls from anyone else's: the header {@value #HEADER} is
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA-256 of "t.body">}, keyed with the configured secret, else
 * with one made once into {@code var/keys/<file>} (the service needs a copy; nodes share {@code var/keys}).
 */
public final class WebhookSigning {

    public static final String HEADER = "X-Chat-Signature";

    private final byte[] secret;

    private WebhookSigning(byte[] secret) {
        this.secret = secret;
    }

    /** The configured secret when it is set and not blank, else the one kept in {@code var/keys/keyFile}. */
    public static WebhookSigning of(Optional<String> configured, String keyFile) {
        return new WebhookSigning(configured.filter(s -> !s.isBlank()).orElseGet(() -> KeyFiles.readOrMake(keyFile, () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        })).getBytes(StandardCharsets.UTF_8));
    }

    /** The header's value for this body sent at this time. */
    public String header(long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + sign(secret, unixSeconds, body);
    }

    /** The hex HMAC-SHA-256 of {@code "unixSeconds.body"}. */
    public static String sign(byte[] secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA-256", e);
        }
    }
}
