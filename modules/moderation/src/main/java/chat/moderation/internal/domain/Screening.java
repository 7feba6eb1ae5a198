package chat.moderation.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** What {@link ContentMatcher} found in one text: the listed words, and the text as it may be stored. */
public final class Screening {

    /** A listed word found at folded characters {@code first} to {@code last}. */
    record Found(ListedWord word, int first, int last) {
    }

    private final String text;
    private final FoldedText folded;
    private final List<Found> found;

    Screening(String text, FoldedText folded, List<Found> found) {
        this.text = text;
        this.folded = folded;
        this.found = List.copyOf(found);
    }

    /** Every listed word found, each once, in the order first found. */
    public List<ListedWord> found() {
        return found.stream().map(Found::word).distinct().toList();
    }

    /** The first BLOCK word found, if any: the text is refused. */
    public Optional<ListedWord> blockedBy() {
        return found.stream().map(Found::word).filter(w -> w.action() == WordAction.BLOCK).findFirst();
    }

    /** The MASK words found, each once, in the order first found. */
    public List<ListedWord> masked() {
        return found.stream().map(Found::word).filter(w -> w.action() == WordAction.MASK).distinct().toList();
    }

    /**
     * The text to store: each letter or digit of a MASK word found (with its marks) written as one
     * {@code *}; what stood between its letters (spaces, symbols) and the rest of the text as written.
     */
    public String stored() {
        TreeMap<Integer, Integer> pieces = new TreeMap<>();
        found.stream().filter(f -> f.word().action() == WordAction.MASK).forEach(f -> {
            for (int i = f.first(); i <= f.last(); i++) {
                pieces.put(folded.start(i), folded.end(i));
            }
        });
        if (pieces.isEmpty()) {
            return text;
        }
        StringBuilder stored = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Integer end = pieces.get(i);
            if (end != null) {
                stored.append('*');
                i = end;
            } else {
                stored.append(text.charAt(i++));
            }
        }
        return stored.toString();
    }
}
