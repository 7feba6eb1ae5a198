package chat.platform.rest;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import chat.platform.errors.InvalidInputException;

/**
 * A page of a list read in key order, as the operator's lists are: {@code items}, and {@code next},
 * the key to pass as {@code after} for the following page (null on the last). One more row than
 * the page is read to know whether another follows.
 */
public record KeysetPage<T>(List<T> items, String next) {

    /** The longest search text or {@code after} key these lists take. */
    public static final int MAX_TEXT = 100;

    public KeysetPage {
        items = List.copyOf(items);
    }

    /**
     * Reads {@code size + 1} rows with {@code read} and keeps {@code size}; {@code next} is the key
     * of the last kept when more followed.
     */
    public static <T> KeysetPage<T> read(int size, IntFunction<List<T>> read, Function<T, String> keyOf) {
        List<T> rows = read.apply(size + 1);
        boolean more = rows.size() > size;
        List<T> page = more ? rows.subList(0, size) : rows;
        return new KeysetPage<>(page, more ? keyOf.apply(page.get(page.size() - 1)) : null);
    }

    /** The search text {@code q}: stripped, empty when absent, at most {@value #MAX_TEXT} characters (400 naming {@code q}). */
    public static String searchText(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("q", "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** The {@code after} key: null when absent; an empty or overlong one is not a {@code next} (400 naming {@code after}). */
    public static String after(String after) {
        if (after != null && (after.isEmpty() || after.length() > MAX_TEXT)) {
            throw new InvalidInputException("after", "must be the next of an earlier page");
        }
        return after;
    }

    public <R> KeysetPage<R> map(Function<T, R> mapper) {
        return new KeysetPage<>(items.stream().map(mapper).toList(), next);
    }
}
