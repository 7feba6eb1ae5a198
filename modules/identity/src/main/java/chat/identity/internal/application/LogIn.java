package chat.identity.internal.application;

import java.util.Optional;
import java.util.function.LongConsumer;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.identity.internal.domain.DeviceId;
import chat.identity.internal.domain.PasswordHasher;
import chat.identity.internal.domain.User;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.UnauthenticatedException;
import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Password login from a device. The credentials are read in one short transaction, the password is
 * hashed with no database connection held (and no more hashes at once than {@link HashingGate}
 * allows), and the device is written in a second short transaction: a burst of logins cannot take
 * the pool from everyone else. Failures are throttled per username and per client address
 * ({@link LoginThrottle}).
 */
@ApplicationScoped
public class LogIn {

    static final int MAX_FAILURES = 5;

    @Inject
    LoginTransactions transactions;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginFailures failures;

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperty(name = "chat.login.address-failures-per-minute", defaultValue = "30")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "chat.login.concurrent-hashes", defaultValue = "0")
    int concurrentHashes;

    @Inject
    @ConfigProperty(name = "chat.login.hash-wait-millis", defaultValue = "2000")
    long hashWaitMillis;

    @Inject
    ChatMetrics metrics;

    private LoginThrottle throttle;
    private HashingGate gate;
    private LongConsumer logins;
    private LongConsumer failedLogins;

    /** A session: the token and the device it belongs to. */
    public record Session(IssuedToken token, String userId, String deviceId) {
    }

    @PostConstruct
    void configure() {
        throttle = new LoginThrottle(failures, MAX_FAILURES, addressFailures);
        // 0 (the default): one hash per core, the most that can make progress at once anyway
        gate = new HashingGate(concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors(),
                hashWaitMillis);
    }

    void registerMetrics(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        logins = metrics.counter("chat_logins", "Logins with a username and password that opened a session");
        failedLogins = metrics.counter("chat_logins_failed", "Logins refused for a wrong username or password");
    }

    /** Logs in from a client address (null when unknown); answers the session or throws a typed error. */
    public Session logIn(String username, String password, String requestedDeviceId, String deviceName, String address) {
        if (username == null || username.isEmpty()) {
            throw new InvalidInputException("username", "is required");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        String deviceId = DeviceId.checkOrCreate(requestedDeviceId);
        DeviceId.checkName(deviceName);
        throttle.check(username, address);
        Optional<User> user = transactions.userNamed(username);
        boolean valid = gate.hash(() -> user.isPresent() && user.get().passwordHash() != null
                ? hasher.matches(password, user.get().passwordHash())
                : spendTimeAndFail(password));
        if (!valid) {
            throttle.failed(username, address);
            failedLogins.accept(1);
            throw new UnauthenticatedException("wrong username or password");
        }
        String userId = user.get().id();
        int generation = transactions.deviceLoggedIn(userId, deviceId, deviceName);
        Session session = new Session(tokens.issue(userId, deviceId, generation), userId, deviceId);
        logins.accept(1);
        return session;
    }

    private boolean spendTimeAndFail(String password) {
        hasher.spendTimeOfACheck(password);
        return false;
    }
}
