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

    /** A short time given in microseconds: in \u00b5s below a millisecond, else in ms. */
    static String micros(double micros) {
        return micros < 1000 ? String.format(Locale.ROOT, "%.1f \u00b5s", micros)
                : String.format(Locale.ROOT, "%.2f ms", micros / 1000);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%.1f/s", rate);
    }
}
