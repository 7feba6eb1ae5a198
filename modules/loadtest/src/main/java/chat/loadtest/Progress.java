package chat.loadtest;

import java.util.Locale;

/**
 * Progress lines on standard error, so standard output holds only the result tables. This is a
 * command-line tool: plain System.err/System.out rather than a logging framework is deliberate.
 */
final class Progress {

    private Progress() {
    }

    static void say(String format, Object... args) {
        System.err.println("[loadtest] " + String.format(Locale.ROOT, format, args));
    }
}
