package chat.messaging.internal.domain;

/**
 * The message a reply quotes, as the reply carries it: enough to draw the quote without reading
 * the original. A recalled original leaves its quotes with an empty preview.
 *
 * @param preview the first {@value #PREVIEW} characters of the original's text (a red packet's
 *                greeting); empty for media, and once the original is recalled
 */
public record Quote(long seq, String senderId, MessageType type, String preview) {

    public static final int PREVIEW = 100;

    public Quote {
        preview = preview == null ? "" : preview;
    }

    /** The quote of this message, as a reply sent now carries it. */
    public static Quote of(Message original) {
        String text = original.recalled() || original.text() == null ? "" : original.text();
        int end = text.codePointCount(0, text.length()) > PREVIEW ? text.offsetByCodePoints(0, PREVIEW) : text.length();
        return new Quote(original.seq(), original.senderId(), original.type(), text.substring(0, end));
    }
}
