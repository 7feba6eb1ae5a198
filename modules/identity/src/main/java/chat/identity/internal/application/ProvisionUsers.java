package chat.identity.internal.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import chat.identity.api.UserRegistered;
import chat.identity.internal.domain.Nickname;
import chat.identity.internal.domain.Password;
import chat.identity.internal.domain.PasswordHasher;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.identity.internal.domain.Username;
import chat.identity.internal.domain.UsernameTakenException;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The operator's batch of accounts (directory sync): up to {@link #MAX_BATCH}, all or nothing. A
 * password is optional; without one the account logs in only through operator-issued tokens.
 */
@ApplicationScoped
public class ProvisionUsers {

    public static final int MAX_BATCH = 1_000;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    IdentityEvents events;

    /** One account as the operator describes it. */
    public record NewUser(String username, String nickname, String password) {
    }

    @Transactional
    public List<User> provision(List<NewUser> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new InvalidInputException("users", "must hold 1 to " + MAX_BATCH + " users");
        }
        List<User> created = new ArrayList<>(batch.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            created.add(validated(batch.get(i), "users[" + i + "]."));
            if (!names.add(created.get(i).username())) {
                throw new UsernameTakenException(created.get(i).username());
            }
        }
        users.insertAll(created);
        created.forEach(u -> events.userRegistered(new UserRegistered(u.id(), u.username())));
        return created;
    }

    private User validated(NewUser user, String field) {
        try {
            Username name = new Username(user.username());
            Nickname shown = new Nickname(user.nickname());
            String hash = user.password() == null ? null : hasher.hash(new Password(user.password()).value());
            return new User(UUID.randomUUID().toString(), name.value(), hash, shown.value(), null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }
}
