package chat.push.internal.domain;

import java.time.Duration;

/**
 * What the push service or the gateway answered.
 *
 * @param retryAfter how long it asked to wait (its {@code Retry-After}); null when it did not say
 */
public record Delivery(Outcome outcome, Duration retryAfter, String detail) {

    public enum Outcome {
        /** Taken (201 from a push service, 2xx from the gateway). */
        SENT,
        /** The subscription is gone (404, 410): it is removed. */
        GONE,
        /** Not now (429, 5xx, no answer): tried again later. */
        RETRY,
        /** Refused for good (another 4xx): dropped, and logged. */
        REFUSED
    }

    public static Delivery sent() {
        return new Delivery(Outcome.SENT, null, "sent");
    }

    public static Delivery gone(String detail) {
        return new Delivery(Outcome.GONE, null, detail);
    }

    public static Delivery retry(Duration retryAfter, String detail) {
        return new Delivery(Outcome.RETRY, retryAfter, detail);
    }

    public static Delivery refused(String detail) {
        return new Delivery(Outcome.REFUSED, null, detail);
    }
}
