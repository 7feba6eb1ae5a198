package chat.moderation.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * The company's word list made ready to screen texts with: an Aho-Corasick automaton over the
 * listed words' folded letters ({@link FoldedText}), so a text is read once whatever the list's
 * size. Immutable: a changed list is a new matcher.
 */
public final class ContentMatcher {

    /** The matcher of an empty list: every text passes. */
    public static final ContentMatcher EMPTY = of(List.of());

    private final PayloadTrie<ListedWord> automaton;
    private final int size;

    private ContentMatcher(PayloadTrie<ListedWord> automaton, int size) {
        this.automaton = automaton;
        this.size = size;
    }

    /** The matcher of these words; two that fold alike count once (the list keys by {@link ListedWord#key}). */
    public static ContentMatcher of(Collection<ListedWord> words) {
        PayloadTrie.PayloadTrieBuilder<ListedWord> builder = PayloadTrie.builder();
        words.forEach(word -> builder.addKeyword(word.key(), word));
        return new ContentMatcher(builder.build(), words.size());
    }

    /** How many words it looks for. */
    public int size() {
        return size;
    }

    /** The listed words in the text, each where it stands as a word ({@link FoldedText#standsAlone}). */
    public Screening screen(String text) {
        if (size == 0 || text.isEmpty()) {
            return new Screening(text, null, List.of());
        }
        FoldedText folded = FoldedText.of(text);
        List<Screening.Found> found = new ArrayList<>();
        for (PayloadEmit<ListedWord> emit : automaton.parseText(folded.letters())) {
            if (folded.standsAlone(emit.getStart(), emit.getEnd())) {
                found.add(new Screening.Found(emit.getPayload(), emit.getStart(), emit.getEnd()));
            }
        }
        return new Screening(text, folded, found);
    }
}
