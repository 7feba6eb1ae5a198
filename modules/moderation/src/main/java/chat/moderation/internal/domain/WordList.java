package chat.moderation.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The company's word list, keyed by {@link ListedWord#key}. */
public interface WordList {

    /** A word as listed: who listed it, and when. */
    record Entry(String key, ListedWord word, Instant addedAt, String addedBy) {
    }

    /** Every listed word, to build the matcher with. */
    List<ListedWord> all();

    /** Every entry, in key order. */
    List<Entry> entries();

    /** Lists the words, or changes the spelling and action of those already listed; how many were new. */
    int put(Collection<ListedWord> words, String addedBy);

    /** Makes the list these words and no others. */
    void replace(Collection<ListedWord> words, String addedBy);

    /** Takes the word off the list; false when it was not listed. */
    boolean remove(String key);
}
