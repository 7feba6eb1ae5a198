package chat.identity.internal.application;

import java.util.List;
import java.util.UUID;

import chat.identity.api.UserRegistered;
import chat.identity.internal.domain.AvatarUrl;
import chat.identity.internal.domain.Nickname;
import chat.identity.internal.domain.Password;
import chat.identity.internal.domain.PasswordHasher;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.identity.internal.domain.Username;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Sign-up: a new account with a hashed password; {@code USERNAME_TAKEN} when the name is in use. */
@ApplicationScoped
public class RegisterUser {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    IdentityEvents events;

    @Inject
    ContentPolicy policy;

    @Transactional
    public User register(String username, String password, String nickname, String avatarUrl) {
        Username name = new Username(username);
        Password secret = new Password(password);
        Nickname shown = new Nickname(nickname);
        String id = UUID.randomUUID().toString();
        String screened = policy.screen(ContentPlace.NICKNAME, shown.value(), id, null);
        User user = new User(id, name.value(), hasher.hash(secret.value()), screened, AvatarUrl.check(avatarUrl));
        users.insertAll(List.of(user));
        events.userRegistered(new UserRegistered(user.id(), user.username()));
        return user;
    }
}
