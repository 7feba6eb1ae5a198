package chat.moderation.internal.domain;

import chat.platform.errors.InvalidInputException;

/** A word of the company's list as the operator wrote it, and what it does. */
public record ListedWord(String word, WordAction action) {

    /** The longest word taken, in characters. */
    public static final int MAX_LENGTH = 100;

    /**
     * The word checked: 1 to {@value #MAX_LENGTH} characters, holding a letter or digit (what is
     * matched; the rest is seen through anyway).
     */
    public static ListedWord of(String word, String action) {
        if (word == null || word.isBlank() || word.length() > MAX_LENGTH) {
            throw new InvalidInputException("word", "is 1 to " + MAX_LENGTH + " characters");
        }
        if (FoldedText.word(word).isEmpty()) {
            throw new InvalidInputException("word", "holds no letter or digit, and only those are matched");
        }
        return new ListedWord(word.strip(), action(action));
    }

    /** What the list is keyed by: two words that fold alike are one entry. */
    public String key() {
        return FoldedText.word(word);
    }

    private static WordAction action(String action) {
        if (action == null) {
            throw new InvalidInputException("action", "is BLOCK or MASK");
        }
        try {
            return WordAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "is BLOCK or MASK");
        }
    }
}
