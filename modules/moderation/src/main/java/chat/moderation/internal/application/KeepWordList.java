package chat.moderation.internal.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import chat.moderation.internal.domain.FoldedText;
import chat.moderation.internal.domain.ListedWord;
import chat.moderation.internal.domain.WordList;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The operator's word list: read whole, replaced whole, words listed or changed in bulk, one taken off. */
@ApplicationScoped
public class KeepWordList {

    /** Words one call may add. */
    public static final int MAX_WORDS = 1_000;
    /** Words a whole list may hold (a 1 MiB body holds about 30,000 anyway). */
    public static final int MAX_LIST = 100_000;

    @Inject
    WordList words;

    @Inject
    WordListChanged changes;

    /** What a listing did. */
    public record Listed(int added, int changed) {
    }

    /**
     * Lists the words (or changes those already listed), all or none: each is checked first. Two
     * in one call that read alike count as the last of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Listed put(List<WordRequest> requested, String addedBy) {
        if (requested == null || requested.isEmpty() || requested.size() > MAX_WORDS) {
            throw new InvalidInputException("words", "lists 1 to " + MAX_WORDS + " words");
        }
        Collection<ListedWord> checked = checked(requested);
        int added = words.put(checked, addedBy);
        changes.tellEveryNode();
        return new Listed(added, checked.size() - added);
    }

    /** Makes the list exactly these words (none: an empty list), all or none: each is checked first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<WordList.Entry> replace(List<WordRequest> requested, String addedBy) {
        if (requested == null || requested.size() > MAX_LIST) {
            throw new InvalidInputException("words", "lists 0 to " + MAX_LIST + " words");
        }
        words.replace(checked(requested), addedBy);
        changes.tellEveryNode();
        return words.entries();
    }

    /** The whole list, in the order of the words' folded letters. */
    public List<WordList.Entry> all() {
        return words.entries();
    }

    private static Collection<ListedWord> checked(List<WordRequest> requested) {
        Map<String, ListedWord> byKey = new LinkedHashMap<>();
        for (WordRequest request : requested) {
            if (request == null) {
                throw new InvalidInputException("words", "holds no null entry");
            }
            ListedWord word = ListedWord.of(request.word(), request.action());
            byKey.put(word.key(), word);
        }
        return byKey.values();
    }

    /** Takes a word off the list: the word as listed, or any spelling that reads alike. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String word) {
        if (word == null || word.isBlank()) {
            throw new InvalidInputException("word", "is required");
        }
        String key = FoldedText.word(word);
        if (key.isEmpty() || !words.remove(key)) {
            throw new NotFoundException("the word is not listed");
        }
        changes.tellEveryNode();
    }

    /** A word as an operator asks for it, unchecked. */
    public record WordRequest(String word, String action) {
    }
}
