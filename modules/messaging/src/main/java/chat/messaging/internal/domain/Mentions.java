package chat.messaging.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import chat.platform.errors.InvalidInputException;

/**
 * Whom a message calls on: members named one by one, or everyone ({@code all}, which only owners
 * and admins may send). A mention reaches its member through {@code doNotDisturb} and whatever the
 * group's size.
 *
 * @param userIds members, each once, in the order the sender named them
 */
public record Mentions(List<String> userIds, boolean all) {

    public static final int MAX_USERS = 50;
    public static final Mentions NONE = new Mentions(List.of(), false);

    public Mentions {
        userIds = List.copyOf(userIds);
    }

    /**
     * What a client asked for, checked: at most {@value #MAX_USERS} ids, none blank; an id named
     * twice counts once. Whether they are members is the caller's to check.
     */
    public static Mentions requested(List<String> userIds, boolean all) {
        if (userIds == null || userIds.isEmpty()) {
            return all ? new Mentions(List.of(), true) : NONE;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String id : userIds) {
            if (id == null || id.isBlank()) {
                throw new InvalidInputException("mentions", "must hold user ids, not blanks");
            }
            distinct.add(id);
        }
        if (distinct.size() > MAX_USERS) {
            throw new InvalidInputException("mentions", "must name at most " + MAX_USERS + " members");
        }
        return new Mentions(new ArrayList<>(distinct), all);
    }

    public boolean isEmpty() {
        return userIds.isEmpty() && !all;
    }

    /** Whether the message calls on this user, by name or as one of everyone. */
    public boolean mention(String userId) {
        return all || userIds.contains(userId);
    }
}
