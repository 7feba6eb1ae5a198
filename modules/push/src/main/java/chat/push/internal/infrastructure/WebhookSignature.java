package chat.push.internal.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.config.KeyFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs webhook pushes so the company's gateway can tell them from anyone else's: the header
 * {@value #HEADER} is {@code t=<unix seconds>,v1=<hex HMAC-SHA-256 of "t.body">}, keyed with
 * {@code CHAT_PUSH_WEBHOOK_SECRET}, else with a secret made once into
 * {@code var/keys/push-webhook.secret} (the gateway needs a copy; nodes share {@code var/keys}).
 */
@ApplicationScoped
class WebhookSignature {

    static final String HEADER = "X-Chat-Signature";

    @Inject
    @ConfigProperty(name = "chat.push.webhook-secret")
    Optional<String> configured;

    private volatile byte[] secret;

    String header(long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + sign(secret(), unixSeconds, body);
    }

    static String sign(byte[] secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HMAC-SHA-256", e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            secret = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::fromFile);
        }
        return secret;
    }

    private byte[] fromFile() {
        return KeyFiles.readOrMake("push-webhook.secret", () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        }).getBytes(StandardCharsets.UTF_8);
    }
}
