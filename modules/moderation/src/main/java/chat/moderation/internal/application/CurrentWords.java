package chat.moderation.internal.application;

import chat.moderation.internal.domain.ContentMatcher;
import chat.moderation.internal.domain.WordList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This node's copy of the word list, ready to match with. Built at start and again each time any
 * node changes the list ({@code WordListChanges} tells every node), so all nodes screen alike within
 * moments of a change.
 */
@ApplicationScoped
public class CurrentWords {

    @Inject
    WordList words;

    private volatile ContentMatcher matcher = ContentMatcher.EMPTY;

    public ContentMatcher matcher() {
        return matcher;
    }

    /** Reads the list again; two reloads at once end with the later read. */
    public synchronized void reload() {
        matcher = ContentMatcher.of(words.all());
    }
}
