package chat.push.internal.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who hears of a message while away: in a direct chat or a group of up to {@value #MAX_GROUP}
 * members, every member but the sender and those who set do-not-disturb; in any conversation, every
 * member it mentions, by name or as everyone, whatever they set.
 */
public final class PushAudience {

    /** Past this size a group pushes nothing but mentions. */
    public static final int MAX_GROUP = 500;

    private PushAudience() {
    }

    /**
     * The users to push to, each with whether the message mentions them.
     *
     * @param members every member when the message may reach them all (a small conversation, or a
     *                mention of everyone); else the members among those it names
     */
    public static Map<String, Boolean> of(StoredMessage message, int memberCount, Collection<String> members,
                                          Set<String> quiet) {
        Map<String, Boolean> audience = new LinkedHashMap<>();
        boolean everyoneHears = memberCount <= MAX_GROUP;
        for (String member : members) {
            boolean mentioned = message.mentions(member);
            if (member.equals(message.senderId())) {
                continue;
            }
            if (mentioned || everyoneHears && !quiet.contains(member)) {
                audience.put(member, mentioned);
            }
        }
        return audience;
    }

    /** Whether the members must all be read: a small conversation, or a mention of everyone. */
    public static boolean needsEveryMember(StoredMessage message, int memberCount) {
        return memberCount <= MAX_GROUP || message.mentionAll();
    }
}
