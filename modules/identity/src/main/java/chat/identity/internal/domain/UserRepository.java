package chat.identity.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Accounts as stored. */
public interface UserRepository {

    /** Inserts all or none; throws {@link UsernameTakenException} naming a username already in use. */
    void insertAll(List<User> users);

    Optional<User> byId(String id);

    Optional<User> byUsername(String username);

    List<User> byIds(Collection<String> ids);

    /** At most {@code limit} users whose username starts with the prefix, in username (byte) order. */
    List<User> byUsernamePrefix(UsernamePrefix prefix, int limit);

    void update(User user);
}
