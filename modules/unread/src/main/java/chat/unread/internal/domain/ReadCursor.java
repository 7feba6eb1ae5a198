package chat.unread.internal.domain;

import chat.platform.errors.InvalidInputException;

/** The rules of a read cursor: a seq from 0, clamped to the conversation's last, that never moves back. */
public final class ReadCursor {

    private ReadCursor() {
    }

    /** A seq a client asks to read up to: 400 unless it is 0 or more. */
    public static long requireValid(long requested) {
        if (requested < 0) {
            throw new InvalidInputException("seq", "must be 0 or more");
        }
        return requested;
    }

    /** The cursor a read of {@code requested} moves to in a conversation whose last seq is {@code lastSeq}. */
    public static long target(long requested, long lastSeq) {
        return Math.min(requireValid(requested), lastSeq);
    }

    /** True when moving from {@code current} to {@code target} is a move forward. */
    public static boolean advances(long current, long target) {
        return target > current;
    }
}
