package chat.moderation.internal.domain;

/** What a listed word does to a text that holds it. */
public enum WordAction {
    /** The text is refused: nothing is stored. */
    BLOCK,
    /** The text is stored with the word's letters written as {@code *}. */
    MASK
}
