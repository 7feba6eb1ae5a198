package chat.messaging.internal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a search's words stand in a message's text, as a client marks them: ranges of UTF-16
 * offsets into the text as stored, found the way the search matches (lower case, NFKC), so
 * "ＬＵＮＣＨ" marks the full-width word a search for "lunch" found.
 */
public final class Highlights {

    public static final int MAX_RANGES = 10;

    /** A match: {@code text.substring(start, end)}. */
    public record Range(int start, int end) {
    }

    private Highlights() {
    }

    public static List<Range> of(String text, String query) {
        String needle = SearchGrams.fold(query);
        if (text == null || needle.isEmpty()) {
            return List.of();
        }
        // Each code point folded on its own, remembering where it came from in the text.
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> starts = new ArrayList<>(text.length());
        List<Integer> ends = new ArrayList<>(text.length());
        for (int at = 0; at < text.length(); ) {
            int next = at + Character.charCount(text.codePointAt(at));
            String piece = SearchGrams.fold(text.substring(at, next));
            for (int i = 0; i < piece.length(); i++) {
                starts.add(at);
                ends.add(next);
            }
            folded.append(piece);
            at = next;
        }
        List<Range> ranges = new ArrayList<>();
        for (int found = folded.indexOf(needle); found >= 0 && ranges.size() < MAX_RANGES;
             found = folded.indexOf(needle, found + needle.length())) {
            ranges.add(new Range(starts.get(found), ends.get(found + needle.length() - 1)));
        }
        return ranges;
    }
}
