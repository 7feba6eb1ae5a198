package chat.messaging.internal.domain;

/**
 * The write side of search: stored TEXT messages wait in a backlog (the store leaves them there,
 * off the send's path) until their keys ({@link SearchGrams#keys}) are written.
 */
public interface SearchIndex {

    /**
     * Takes up to {@code max} waiting messages that no other node holds, writes their keys and
     * removes them from the backlog, all at once or not at all.
     *
     * @return how many it took; fewer than {@code max} when the backlog is empty now
     */
    int indexWaiting(int max);
}
