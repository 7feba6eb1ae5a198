package chat.moderation.internal.application;

/** Tells every node, after the change commits, that the word list changed (implemented over the broker). */
public interface WordListChanged {

    /** In the change's transaction: once it commits, every node reloads its list. */
    void tellEveryNode();
}
