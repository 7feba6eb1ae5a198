package chat.identity.internal.application;

import java.util.List;

import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.identity.internal.domain.UsernamePrefix;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finds people to add as contacts by the start of their username, a short page at a time. */
@ApplicationScoped
public class SearchUsers {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    @Inject
    UserRepository users;

    /** Users whose username starts with the typed prefix (any case), ordered by username. */
    public List<User> byUsernamePrefix(String typed, Integer limit) {
        UsernamePrefix prefix = UsernamePrefix.of(typed);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return users.byUsernamePrefix(prefix, size);
    }
}
