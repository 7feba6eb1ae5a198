package chat.loadtest;

/**
 * Decides when a counter read again and again has settled: when it has held the same value for
 * {@code stillFor} readings after the first. PostgreSQL's statistics are such a counter: an idle
 * backend reports its counts up to about 10 s late. Pure logic, not thread-safe.
 */
final class Settling {

    private final int stillFor;
    private long last;
    private int unchanged = -1; // no reading yet

    Settling(int stillFor) {
        if (stillFor < 1) {
            throw new IllegalArgumentException("a counter settles after at least one more reading: " + stillFor);
        }
        this.stillFor = stillFor;
    }

    /** Takes one reading; true once the last {@code stillFor} readings all equalled the one before them. */
    boolean settled(long reading) {
        unchanged = unchanged >= 0 && reading == last ? unchanged + 1 : 0;
        last = reading;
        return unchanged >= stillFor;
    }
}
