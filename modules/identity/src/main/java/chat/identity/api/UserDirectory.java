package chat.identity.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Synchronous questions other modules ask about users. */
public interface UserDirectory {

    /** The users that exist among the ids, by id. */
    Map<String, UserSummary> find(Collection<String> userIds);

    boolean areContacts(String userA, String userB);

    /** Those of the users who are the given user's contacts. */
    Set<String> contactsAmong(String userId, Collection<String> userIds);
}
