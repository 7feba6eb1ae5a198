package chat.push.internal.infrastructure;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.config.WebhookSigning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs webhook pushes ({@link WebhookSigning}) with {@code CHAT_PUSH_WEBHOOK_SECRET}, else with a
 * secret made once into {@code var/keys/push-webhook.secret}.
 */
@ApplicationScoped
class WebhookSignature {

    @Inject
    @ConfigProperty(name = "chat.push.webhook-secret")
    Optional<String> configured;

    private volatile WebhookSigning signing;

    String header(long unixSeconds, String body) {
        if (signing == null) {
            signing = WebhookSigning.of(configured, "push-webhook.secret");
        }
        return signing.header(unixSeconds, body);
    }
}
