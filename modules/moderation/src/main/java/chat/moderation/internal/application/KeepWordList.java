package chat.moderation.internal.application;

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

/** The operator's word list: words listed or changed in bulk, one taken off, a page read. */
@ApplicationScoped
public class KeepWordList {

    /** Words a call may list. */
    public static final int MAX_WORDS = 1_000;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

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
        Map<String, ListedWord> byKey = new LinkedHashMap<>();
        for (WordRequest request : requested) {
            if (request == null) {
                throw new InvalidInputException("words", "holds no null entry");
            }
            ListedWord word = ListedWord.of(request.word(), request.action());
            byKey.put(word.key(), word);
        }
        int added = words.put(byKey.values(), addedBy);
        changes.tellEveryNode();
        return new Listed(added, byKey.size() - added);
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

    /** A page of the list in key order; {@code after} is the last key of the page before. */
    public List<WordList.Entry> page(String after, Integer limit) {
        return words.page(after, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** A word as an operator asks for it, unchecked. */
    public record WordRequest(String word, String action) {
    }
}
