package chat.groups.api;

/** A member's role in a conversation. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    /** Owner or admin: may edit the group, invite by link, mute and kick (admins: members only). */
    public boolean manages() {
        return this != MEMBER;
    }
}
