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

    void update(User user);
}
