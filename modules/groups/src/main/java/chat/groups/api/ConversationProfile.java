package chat.groups.api;

import java.util.Set;

/**
 * A live conversation as a notification names it, and who among its members asked for quiet.
 *
 * @param name        the group's name; null for a direct chat (clients show the other person)
 * @param quietUserIds the members who set {@code doNotDisturb} on it
 */
public record ConversationProfile(String id, String name, boolean direct, int memberCount, Set<String> quietUserIds) {

    public ConversationProfile {
        quietUserIds = Set.copyOf(quietUserIds);
    }
}
