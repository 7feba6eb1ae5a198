package chat.identity.internal.application;

import chat.platform.errors.RateLimitedException;

/**
 * Failed logins counted twice: per username (someone guessing one account's password) and per
 * client address (someone trying many usernames from one place, which the first count never sees).
 * Past either limit within the window every attempt from there, right or wrong, is refused with
 * {@code RATE_LIMITED} until the window has passed. Only failures count, so an office behind one
 * address is not locked out by its own people logging in.
 */
public final class LoginThrottle {

    private final LoginFailures failures;
    private final int perUsername;
    private final int perAddress;

    public LoginThrottle(LoginFailures failures, int perUsername, int perAddress) {
        this.failures = failures;
        this.perUsername = perUsername;
        this.perAddress = perAddress;
    }

    /** Refuses the attempt when the username or the address failed too often lately. */
    public void check(String username, String address) {
        if (failures.recent(userKey(username)) >= perUsername) {
            throw new RateLimitedException("too many failed logins for this username; try again in a minute");
        }
        if (address != null && failures.recent(addressKey(address)) >= perAddress) {
            throw new RateLimitedException("too many failed logins from this address; try again in a minute");
        }
    }

    /** Counts a failed attempt against both. */
    public void failed(String username, String address) {
        failures.record(userKey(username));
        if (address != null) {
            failures.record(addressKey(address));
        }
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
