package chat.groups.internal.domain;

import chat.groups.api.Role;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;

/** What a valid group looks like and who may do what to whom. */
public final class GroupRules {

    public static final int MAX_NAME = 64;
    public static final int MAX_ANNOUNCEMENT = 2_000;
    public static final int DEFAULT_CAP = 500;
    public static final int MAX_MUTE_MINUTES = 30 * 24 * 60;

    private GroupRules() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    public static String announcement(String text) {
        if (text == null || text.codePointCount(0, text.length()) > MAX_ANNOUNCEMENT) {
            throw new InvalidInputException("announcement", "must be at most " + MAX_ANNOUNCEMENT + " characters");
        }
        return text;
    }

    /**
     * The cap asked for, or the default, between the current count (at least 2) and the server's
     * limit. The default never passes the limit: a server configured below 500 gives its limit.
     */
    public static int cap(Long requested, int atLeast, int serverLimit) {
        long cap = requested == null ? Math.max(Math.min(DEFAULT_CAP, serverLimit), atLeast) : requested;
        if (cap < Math.max(2, atLeast) || cap > serverLimit) {
            throw new InvalidInputException("maxMembers", "must be between " + Math.max(2, atLeast) + " and " + serverLimit);
        }
        return (int) cap;
    }

    public static int muteMinutes(long minutes) {
        if (minutes < 1 || minutes > MAX_MUTE_MINUTES) {
            throw new InvalidInputException("minutes", "must be 1 to " + MAX_MUTE_MINUTES);
        }
        return (int) minutes;
    }

    /** Owner and admins edit the group, create invites and mute or kick. */
    public static void mustManage(Role actor) {
        if (!actor.manages()) {
            throw new ForbiddenException("only the owner and admins may do this");
        }
    }

    public static void mustOwn(Role actor) {
        if (actor != Role.OWNER) {
            throw new ForbiddenException("only the owner may do this");
        }
    }

    /** The owner acts on anyone else; an admin on plain members only. */
    public static void mayActOn(Role actor, Role target) {
        mustManage(actor);
        if (target == Role.OWNER || (actor == Role.ADMIN && target != Role.MEMBER)) {
            throw new ForbiddenException("an admin may act on members only, and nobody on the owner");
        }
    }
}
