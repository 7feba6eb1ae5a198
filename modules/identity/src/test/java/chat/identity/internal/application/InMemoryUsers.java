package chat.identity.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.identity.internal.domain.UsernamePrefix;
import chat.identity.internal.domain.UsernameTakenException;

/** Users by username, in username order like the database's index; a taken username refuses the whole insert. */
class InMemoryUsers implements UserRepository {

    final TreeMap<String, User> byUsername = new TreeMap<>();
    final List<User> updated = new ArrayList<>();

    User put(User user) {
        byUsername.put(user.username(), user);
        return user;
    }

    @Override
    public void insertAll(List<User> users) {
        for (User user : users) {
            if (byUsername.containsKey(user.username())) {
                throw new UsernameTakenException(user.username());
            }
        }
        users.forEach(this::put);
    }

    @Override
    public Optional<User> byId(String id) {
        return byUsername.values().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public Optional<User> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public List<User> byIds(Collection<String> ids) {
        return byUsername.values().stream().filter(u -> ids.contains(u.id())).toList();
    }

    @Override
    public List<User> byUsernamePrefix(UsernamePrefix prefix, int limit) {
        return byUsername.tailMap(prefix.value(), true).values().stream()
                .takeWhile(u -> u.username().startsWith(prefix.value())).limit(limit).toList();
    }

    @Override
    public void update(User user) {
        updated.add(user);
        byUsername.values().removeIf(u -> u.id().equals(user.id()));
        put(user);
    }
}
