package chat.redpack.internal.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The red-packet and wallet settings (MicroProfile Config; environment variables CHAT_...). */
@ApplicationScoped
public class RedPackSettings {

    @Inject
    @ConfigProperty(name = "chat.wallet.topups", defaultValue = "false")
    boolean topUps;

    @Inject
    @ConfigProperty(name = "chat.wallet.max-topup-cents", defaultValue = "1000000")
    long maxTopUpCents;

    @Inject
    @ConfigProperty(name = "chat.wallet.max-credit-cents", defaultValue = "100000000")
    long maxCreditCents;

    @Inject
    @ConfigProperty(name = "chat.redpack.max-total-cents", defaultValue = "2000000")
    long maxTotalCents;

    @Inject
    @ConfigProperty(name = "chat.redpack.max-count", defaultValue = "1000")
    int maxCount;

    @Inject
    @ConfigProperty(name = "chat.redpack.ttl-seconds", defaultValue = "86400")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "chat.redpack.expiry-sweep-seconds", defaultValue = "60")
    long expirySweepSeconds;

    @Inject
    @ConfigProperty(name = "chat.redpack.credit-grace-seconds", defaultValue = "60")
    long creditGraceSeconds;

    /** How long an opened claim may wait for its credit from the queue before the reconciler credits it. */
    public Duration creditGrace() {
        return Duration.ofSeconds(creditGraceSeconds);
    }

    public boolean topUps() {
        return topUps;
    }

    public long maxTopUpCents() {
        return maxTopUpCents;
    }

    public long maxCreditCents() {
        return maxCreditCents;
    }

    public long maxTotalCents() {
        return maxTotalCents;
    }

    public int maxCount() {
        return maxCount;
    }

    public Duration ttl() {
        return Duration.ofSeconds(ttlSeconds);
    }

    public Duration expirySweep() {
        return Duration.ofSeconds(expirySweepSeconds);
    }
}
