package chat.groups.api;

import java.time.Instant;

/**
 * A conversation's newest message as a list shows it: who sent what, and when.
 *
 * @param seq      its seq
 * @param senderId who sent it
 * @param type     {@code TEXT}, {@code IMAGE}, {@code AUDIO}, {@code VIDEO}, {@code REDPACK} or {@code SYSTEM}
 * @param text     the first {@link #PREVIEW_LENGTH} characters of a text or greeting; null for media and once recalled
 * @param sentAt   when the server stored it
 * @param recalled taken back by its sender or an admin
 */
public record LastMessage(long seq, String senderId, String type, String text, Instant sentAt, boolean recalled) {

    /** Characters of a text a preview carries. */
    public static final int PREVIEW_LENGTH = 100;

    /** The text cut to {@link #PREVIEW_LENGTH} characters, never inside a surrogate pair. */
    public static String preview(String text) {
        if (text == null || text.length() <= PREVIEW_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(PREVIEW_LENGTH - 1)) ? PREVIEW_LENGTH - 1 : PREVIEW_LENGTH;
        return text.substring(0, end);
    }
}
