package chat.push.internal.domain;

/**
 * What a push says, as a notification shows it: the conversation as its title, and the sender with
 * a preview ("Ann: Lunch?"), or how many messages wait ("3 new messages in Lunch crew").
 *
 * @param url where a click opens the conversation in the web client
 */
public record PushNotice(String conversationId, String title, String body, int count, long seq, boolean mentioned,
                         String senderId, String url) {

    static final int MAX_PREVIEW = 100;

    /**
     * @param conversationName the group's name; null for a direct chat, whose title is the sender
     * @param previews         whether the operator lets message text into pushes
     */
    public static PushNotice of(PendingPush pending, String conversationName, String senderName, boolean previews) {
        String conversation = pending.key().conversationId();
        String title = conversationName == null ? senderName : conversationName;
        String body;
        if (pending.count() > 1) {
            body = pending.count() + " new messages" + (conversationName == null ? "" : " in " + conversationName)
                    + (pending.mentioned() ? ", and you were mentioned" : "");
        } else {
            String what = previews ? preview(pending.lastType(), pending.lastPreview()) : "New message";
            body = senderName + (pending.mentioned() ? " mentioned you: " : ": ") + what;
        }
        return new PushNotice(conversation, title, body, pending.count(), pending.lastSeq(), pending.mentioned(),
                pending.lastSenderId(), "/#/c/" + conversation);
    }

    private static String preview(String type, String text) {
        return switch (type) {
            case "IMAGE" -> "[Image]";
            case "AUDIO" -> "[Voice message]";
            case "VIDEO" -> "[Video]";
            case "REDPACK" -> "[Red packet] " + (text == null ? "" : cut(text));
            default -> text == null ? "New message" : cut(text);
        };
    }

    /** At most {@value #MAX_PREVIEW} characters, never a half of a surrogate pair. */
    public static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_PREVIEW) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_PREVIEW - 1)) + "…";
    }
}
