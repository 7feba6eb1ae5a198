package chat.moderation.internal.infrastructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.moderation.internal.application.ModerationService;
import chat.platform.config.WebhookSigning;
import chat.platform.json.Json;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The company's moderation service, when {@code CHAT_MODERATION_WEBHOOK_URL} is set: each message is
 * posted to it as {@code {"userId","groupId","text"}}, signed ({@link WebhookSigning}, with
 * {@code CHAT_MODERATION_WEBHOOK_SECRET}, else {@code var/keys/moderation-webhook.secret}), and a 2xx
 * answer {@code {"allow":true|false,"reason"}} is its verdict. Whatever else happens within
 * {@code CHAT_MODERATION_WEBHOOK_MILLIS} (300) (no answer, another status, a body without
 * {@code allow}, a refused connection) is no verdict.
 */
@ApplicationScoped
class HttpModerationService implements ModerationService {

    @Inject
    @ConfigProperty(name = "chat.moderation.webhook-url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "chat.moderation.webhook-secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "chat.moderation.webhook-millis", defaultValue = "300")
    long budgetMillis;

    @Inject
    @ConfigProperty(name = "chat.moderation.fail-open", defaultValue = "true")
    boolean failOpen;

    private URI endpoint;
    private HttpClient client;
    private volatile WebhookSigning signing;

    @PostConstruct
    void configure() {
        endpoint = url.filter(u -> !u.isBlank()).map(URI::create).orElse(null);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(budgetMillis)).build();
    }

    @Override
    public boolean configured() {
        return endpoint != null;
    }

    @Override
    public boolean failsOpen() {
        return failOpen;
    }

    @Override
    public Verdict judge(String userId, String conversationId, String text) {
        String body = Json.createObjectBuilder().add("userId", userId)
                .add("groupId", conversationId == null ? JsonValue.NULL : Json.createValue(conversationId))
                .add("text", text).build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMillis(budgetMillis))
                .header("Content-Type", "application/json")
                .header(WebhookSigning.HEADER, signing().header(System.currentTimeMillis() / 1000, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        CompletableFuture<HttpResponse<String>> call = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return verdict(call.get(budgetMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Unanswered("no answer within " + budgetMillis + " ms");
        } catch (ExecutionException e) {
            return new Unanswered(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unanswered("interrupted");
        }
    }

    static Verdict verdict(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return new Unanswered("status " + response.statusCode());
        }
        try {
            JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
            JsonValue allow = answer.get("allow");
            if (allow == JsonValue.TRUE) {
                return new Allowed();
            }
            if (allow == JsonValue.FALSE) {
                String reason = answer.getString("reason", "").strip();
                return new Denied(reason.isEmpty() ? "denied" : reason.substring(0, Math.min(reason.length(), 200)));
            }
            return new Unanswered("an answer without allow");
        } catch (JsonException | ClassCastException e) {
            return new Unanswered("an answer that is not JSON");
        }
    }

    private WebhookSigning signing() {
        if (signing == null) {
            signing = WebhookSigning.of(secret, "moderation-webhook.secret");
        }
        return signing;
    }
}
