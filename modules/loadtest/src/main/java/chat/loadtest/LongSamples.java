package chat.loadtest;

import java.util.Arrays;

/** A growable list of long values (latencies in nanoseconds), kept by one member; not thread-safe. */
final class LongSamples {

    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
