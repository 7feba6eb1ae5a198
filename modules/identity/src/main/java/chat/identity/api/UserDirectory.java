package chat.identity.api;

import java.util.Collection;
import java.util.Map;

/** Synchronous questions other modules ask about users. */
public interface UserDirectory {

    /** The users that exist among the ids, by id. */
    Map<String, UserSummary> find(Collection<String> userIds);

    boolean areContacts(String userA, String userB);
}
