package chat.messaging.internal.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import chat.platform.errors.InvalidInputException;

/**
 * A search as a client asks it: the words ({@code q}, 1 to {@value #MAX_QUERY} characters, not
 * blank), how many hits at most, and where the previous page ended.
 *
 * @param before the newest hit to leave out and everything newer; null for the first page
 */
public record SearchQuery(String text, int limit, Cursor before) {

    public static final int MAX_QUERY = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    /** Where a page ended: hits come newest first, by time, then conversation and seq. */
    public record Cursor(Instant sentAt, String groupId, long seq) {

        /** Opaque to clients: they hand back what {@code next} said. */
        public String encode() {
            String plain = ChronoUnit.MICROS.between(Instant.EPOCH, sentAt) + " " + seq + " " + groupId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String encoded) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(" ", 3);
                long micros = Long.parseLong(parts[0]);
                return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), parts[2], Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("before", "must be the next of an earlier page");
            }
        }
    }

    public static SearchQuery of(String q, Long limit, String before) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "is required: 1 to " + MAX_QUERY + " characters");
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY || q.indexOf('\0') >= 0) {
            throw new InvalidInputException("q", "must be 1 to " + MAX_QUERY + " characters");
        }
        long size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        return new SearchQuery(q.strip(), (int) size, before == null || before.isEmpty() ? null : Cursor.parse(before));
    }
}
