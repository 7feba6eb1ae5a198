package chat.platform.faults;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Instants where a real crash would hurt most, named so that a crash test can stop the JVM exactly
 * there ({@code CHAT_CRASH_AT=<point>}, for tests only: a production node never sets it). The halt
 * is {@link Runtime#halt}: no shutdown hook, no orderly stop, as with a {@code kill -9}.
 */
@ApplicationScoped
public class CrashPoints {

    /** Between the broker's commit of an outbox batch and the database's commit that marks it published. */
    public static final String OUTBOX_AFTER_BROKER_COMMIT = "outbox-after-broker-commit";

    /** A push delivery job has taken what waits for a device, and is about to send it. */
    public static final String PUSH_BEFORE_SEND = "push-before-send";

    private static final Logger LOG = Logger.getLogger(CrashPoints.class.getName());

    @Inject
    @ConfigProperty(name = "chat.crash-at")
    Optional<String> crashAt;

    /** Halts the JVM when this point is the one configured; does nothing otherwise. */
    public void reached(String point) {
        if (crashAt.filter(point::equals).isPresent()) {
            LOG.severe("crash point " + point + " reached: halting the JVM as configured (CHAT_CRASH_AT)");
            Runtime.getRuntime().halt(137);
        }
    }
}
