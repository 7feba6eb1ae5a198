package chat.redpack.internal.domain;

import chat.platform.errors.InvalidInputException;

/** What a red packet may be: a total of at least 1 cent per share, within the server's limits and the conversation's size. */
public final class RedPackRules {

    public static final int MAX_GREETING = 100;
    public static final String DEFAULT_GREETING = "Best wishes";
    public static final int MAX_CLIENT_ID = 100;

    private RedPackRules() {
    }

    /** The limits: configured maxima, and the conversation the packet goes to. */
    public record Limits(long maxTotalCents, int maxCount, int memberCount, boolean direct) {
    }

    /** Each number's own bounds first, then the limits and the conversation's size. */
    public static void check(long totalCents, long count, Limits limits) {
        if (count < 1) {
            throw new InvalidInputException("count", "must be at least 1");
        }
        if (totalCents < 1) {
            throw new InvalidInputException("totalCents", "must be at least 1 cent per share (" + count + ")");
        }
        if (limits.direct() && count != 1) {
            throw new InvalidInputException("count", "a red packet in a direct chat has one share");
        }
        if (count > limits.maxCount()) {
            throw new InvalidInputException("count", "must be at most " + limits.maxCount());
        }
        if (!limits.direct() && count > limits.memberCount()) {
            throw new InvalidInputException("count", "must be at most the group's " + limits.memberCount() + " members");
        }
        if (totalCents < count) {
            throw new InvalidInputException("totalCents", "must be at least 1 cent per share (" + count + ")");
        }
        if (totalCents > limits.maxTotalCents()) {
            throw new InvalidInputException("totalCents", "must be at most " + limits.maxTotalCents());
        }
    }

    public static String greeting(String greeting) {
        if (greeting == null || greeting.isBlank()) {
            return DEFAULT_GREETING;
        }
        if (greeting.codePointCount(0, greeting.length()) > MAX_GREETING) {
            throw new InvalidInputException("greeting", "must be at most " + MAX_GREETING + " characters");
        }
        return greeting.strip();
    }

    /** A client's idempotency id: 1 to 100 characters. */
    public static String clientId(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID) {
            throw new InvalidInputException("clientId", "must be 1 to " + MAX_CLIENT_ID + " characters");
        }
        return clientId;
    }

    /** An amount of money moved into a wallet: 1 cent to the given maximum. */
    public static long amount(long cents, long maxCents) {
        if (cents < 1 || cents > maxCents) {
            throw new InvalidInputException("amountCents", "must be 1 to " + maxCents);
        }
        return cents;
    }
}
