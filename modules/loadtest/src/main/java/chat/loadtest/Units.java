package chat.loadtest;

import java.util.Locale;

/** Formats numbers for the result tables. */
final class Units {

    private Units() {
    }

    static double toMillis(long nanos) {
        return nanos / 1e6;
    }

    static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%.1f/s", rate);
    }
}
