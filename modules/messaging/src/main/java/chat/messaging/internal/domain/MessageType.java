package chat.messaging.internal.domain;

/** What a message carries. Clients send TEXT and media; REDPACK and SYSTEM come from the server. */
public enum MessageType {
    TEXT, IMAGE, AUDIO, VIDEO, REDPACK, SYSTEM;

    public boolean isMedia() {
        return this == IMAGE || this == AUDIO || this == VIDEO;
    }
}
