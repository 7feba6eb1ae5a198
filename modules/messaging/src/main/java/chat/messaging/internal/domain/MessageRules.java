package chat.messaging.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import chat.platform.errors.InvalidInputException;

/** What a client may send, and how long a sender may take a message back. */
public final class MessageRules {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_REASON = 500;
    public static final int MAX_CLIENT_MSG_ID = 64;
    public static final Duration RECALL_WINDOW = Duration.ofMinutes(2);

    private MessageRules() {
    }

    public static MessageType clientType(String type) {
        MessageType parsed;
        try {
            parsed = MessageType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("type", "must be TEXT, IMAGE, AUDIO or VIDEO");
        }
        if (parsed != MessageType.TEXT && !parsed.isMedia()) {
            throw new InvalidInputException("type", parsed + " messages come from the server, not from clients");
        }
        return parsed;
    }

    public static String clientMsgId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_CLIENT_MSG_ID) {
            throw new InvalidInputException("clientMsgId", "must be 1 to " + MAX_CLIENT_MSG_ID + " characters");
        }
        return id;
    }

    public static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "is required for a TEXT message");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** Why the operator removed a message: 1 to {@value #MAX_REASON} characters, not blank. */
    public static String removalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the message is removed");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    /** The seq a reply answers, when it names one: 1 or more (whether it exists is the caller's to check). */
    public static Long replyTo(Long seq) {
        if (seq != null && seq < 1) {
            throw new InvalidInputException("replyTo", "must be the seq of a message of this conversation, 1 or more");
        }
        return seq;
    }

    /** The conversation of the message a forward copies, and its seq: both given, the seq 1 or more. */
    public static String forwardFrom(String groupId, Long seq) {
        if (groupId == null || groupId.isBlank()) {
            throw new InvalidInputException("forwardFrom.groupId", "is required: the conversation of the message forwarded");
        }
        if (seq == null || seq < 1) {
            throw new InvalidInputException("forwardFrom.seq", "is required: the seq of the message forwarded, 1 or more");
        }
        return groupId;
    }

    /** A forward carries the original as it is: nothing of its own but its id and type. */
    public static void forwardAlone(String text, String mediaId, List<String> mentions, boolean mentionAll, Long replyTo) {
        if (text != null || mediaId != null || mentions != null && !mentions.isEmpty() || mentionAll || replyTo != null) {
            throw new InvalidInputException("forwardFrom", "a forward copies the original as it is: send no text, "
                    + "mediaId, mentions or replyTo with it");
        }
    }

    /** The sender may recall within the window; owners and admins at any time (checked by the caller). */
    public static boolean withinRecallWindow(Instant sentAt, Instant now) {
        return !now.isAfter(sentAt.plus(RECALL_WINDOW));
    }
}
