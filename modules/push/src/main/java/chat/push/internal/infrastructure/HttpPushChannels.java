package chat.push.internal.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;

import chat.platform.config.WebhookSigning;
import chat.platform.errors.InvalidInputException;
import chat.platform.json.Json;
import chat.push.internal.application.PushChannels;
import chat.push.internal.application.PushSettings;
import chat.push.internal.domain.Delivery;
import chat.push.internal.domain.PushNotice;
import chat.push.internal.domain.PushSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * The two ways out over HTTP, on the JDK's client: redirects are never followed (a push service
 * has no reason to redirect, and a redirect could lead inside the network), and the endpoint is
 * checked again before each push. A Web Push message is encrypted to the device's keys and signed
 * with the server's VAPID key (zerodep); its {@code Topic} is the conversation's, so a push the
 * service still holds for the device is replaced by the newer one. A webhook push is signed JSON
 * ({@link WebhookSignature}).
 */
@ApplicationScoped
class HttpPushChannels implements PushChannels {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long a push service keeps a push for a device that is off. */
    static final long TTL_HOURS = 24;

    @Inject
    PushSettings settings;

    @Inject
    FileVapidKeys vapidKeys;

    @Inject
    WebhookSignature signature;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Delivery webPush(PushSubscription subscription, PushNotice notice) {
        try {
            settings.endpoints().check(subscription.endpoint().toString());
        } catch (InvalidInputException e) {
            return Delivery.gone("the endpoint is no longer allowed: " + e.getMessage());
        }
        var target = new com.zerodeplibs.webpush.PushSubscription();
        target.setEndpoint(subscription.endpoint().toString());
        var keys = new com.zerodeplibs.webpush.PushSubscription.Keys();
        keys.setP256dh(subscription.keys().p256dh());
        keys.setAuth(subscription.keys().auth());
        target.setKeys(keys);
        HttpRequest request = StandardHttpClientRequestPreparer.getBuilder()
                .pushSubscription(target)
                .pushMessage(json(notice).build().toString().getBytes(StandardCharsets.UTF_8))
                .ttl(TTL_HOURS, TimeUnit.HOURS)
                .topic(topic(notice.conversationId()))
                .urgencyHigh()
                .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                .vapidJWTSubject(settings.contact())
                .build(vapidKeys.pair())
                .toRequestBuilder().timeout(TIMEOUT).build();
        return deliver(request, true);
    }

    @Override
    public boolean hasWebhook() {
        return settings.webhookUrl().isPresent();
    }

    @Override
    public Delivery webhook(String userId, String deviceId, PushNotice notice) {
        String url = settings.webhookUrl().orElse(null);
        if (url == null) {
            return Delivery.refused("no webhook is configured any more");
        }
        String body = json(notice).add("id", deviceId + ':' + notice.conversationId() + ':' + notice.seq())
                .add("userId", userId).add("deviceId", deviceId).build().toString();
        long at = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSigning.HEADER, signature.header(at, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return deliver(request, false);
    }

    private Delivery deliver(HttpRequest request, boolean pushService) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return Delivery.retry(null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry(null, "interrupted");
        }
        int status = response.statusCode();
        String detail = status + " " + abbreviated(response.body());
        if (status >= 200 && status < 300) {
            return Delivery.sent();
        }
        if (pushService && (status == 404 || status == 410)) {
            return Delivery.gone(detail);
        }
        if (status == 429 || status >= 500 || !pushService) {
            return Delivery.retry(response.headers().firstValue("Retry-After").map(HttpPushChannels::seconds).orElse(null),
                    detail);
        }
        return Delivery.refused(detail);
    }

    /** The notice as both ways carry it. */
    static JsonObjectBuilder json(PushNotice notice) {
        return Json.createObjectBuilder().add("conversationId", notice.conversationId()).add("title", notice.title())
                .add("body", notice.body()).add("count", notice.count()).add("seq", notice.seq())
                .add("mentioned", notice.mentioned()).add("senderId", notice.senderId()).add("url", notice.url());
    }

    /** RFC 8030's Topic: at most 32 base64url characters, one per conversation. */
    static String topic(String conversationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Retry-After in seconds (an HTTP date is read as a minute). */
    static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(1);
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
