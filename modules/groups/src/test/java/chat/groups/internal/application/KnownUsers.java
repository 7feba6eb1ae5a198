package chat.groups.internal.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import chat.identity.api.UserDirectory;
import chat.identity.api.UserSummary;

/** The users that exist and who is whose contact. */
class KnownUsers implements UserDirectory {

    private final Map<String, UserSummary> users = new LinkedHashMap<>();
    private final Set<String> contactPairs = new HashSet<>();

    void add(String... ids) {
        for (String id : ids) {
            users.put(id, new UserSummary(id, id, "Nick " + id, null));
        }
    }

    void befriend(String a, String b) {
        contactPairs.add(a + "|" + b);
        contactPairs.add(b + "|" + a);
    }

    @Override
    public Map<String, UserSummary> find(Collection<String> userIds) {
        Map<String, UserSummary> found = new LinkedHashMap<>();
        userIds.stream().filter(users::containsKey).forEach(id -> found.put(id, users.get(id)));
        return found;
    }

    @Override
    public boolean areContacts(String userA, String userB) {
        return contactPairs.contains(userA + "|" + userB);
    }

    @Override
    public Set<String> contactsAmong(String userId, Collection<String> userIds) {
        return userIds.stream().filter(id -> areContacts(userId, id)).collect(Collectors.toSet());
    }
}
