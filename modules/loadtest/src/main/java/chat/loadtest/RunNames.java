package chat.loadtest;

import java.security.SecureRandom;

/**
 * Names unique to one run: usernames {@code lt<6 random>-<tag><n>} (3-32 of {@code [a-z0-9_.-]},
 * as the server requires), nicknames, and one random password shared by the run's users.
 */
final class RunNames {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String prefix;
    private final String password;

    RunNames(SecureRandom random) {
        this.prefix = "lt" + randomText(random, 6);
        this.password = randomText(random, 20);
    }

    String prefix() {
        return prefix;
    }

    /** The {@code index}-th user of a scenario; {@code tag} is a short lower-case letter group. */
    String username(String tag, int index) {
        return prefix + "-" + tag + index;
    }

    String nickname(String tag, int index) {
        return "load test " + tag + " " + index;
    }

    String password() {
        return password;
    }

    private static String randomText(SecureRandom random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
