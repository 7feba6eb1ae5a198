package chat.identity.internal.application;

import java.util.Optional;

import chat.identity.internal.domain.DeviceId;
import chat.identity.internal.domain.DeviceRepository;
import chat.identity.internal.domain.PasswordHasher;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.RateLimitedException;
import chat.platform.errors.UnauthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Password login from a device. After {@link #MAX_FAILURES} failures for a username within a
 * minute every attempt, right or wrong, is refused with {@code RATE_LIMITED} until the minute passes.
 */
@ApplicationScoped
public class LogIn {

    static final int MAX_FAILURES = 5;

    @Inject
    UserRepository users;

    @Inject
    DeviceRepository devices;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginFailures failures;

    @Inject
    TokenIssuer tokens;

    /** A session: the token and the device it belongs to. */
    public record Session(IssuedToken token, String userId, String deviceId) {
    }

    @Transactional
    public Session logIn(String username, String password, String requestedDeviceId, String deviceName) {
        if (username == null || username.isEmpty()) {
            throw new InvalidInputException("username", "is required");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        String deviceId = DeviceId.checkOrCreate(requestedDeviceId);
        DeviceId.checkName(deviceName);
        if (failures.recent(username) >= MAX_FAILURES) {
            throw new RateLimitedException("too many failed logins for this username; try again in a minute");
        }
        Optional<User> user = users.byUsername(username);
        boolean valid = user.isPresent() && user.get().passwordHash() != null
                ? hasher.matches(password, user.get().passwordHash())
                : spendTimeAndFail(password);
        if (!valid) {
            failures.record(username);
            throw new UnauthenticatedException("wrong username or password");
        }
        String userId = user.get().id();
        devices.upsert(userId, deviceId, deviceName);
        return new Session(tokens.issue(userId, deviceId), userId, deviceId);
    }

    private boolean spendTimeAndFail(String password) {
        hasher.spendTimeOfACheck(password);
        return false;
    }
}
