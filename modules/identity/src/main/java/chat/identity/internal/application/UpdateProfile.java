package chat.identity.internal.application;

import java.util.Optional;

import chat.identity.internal.domain.AvatarUrl;
import chat.identity.internal.domain.Nickname;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A user changes their own nickname (screened by the company's content policy) or avatar; fields
 * left out stay as they are.
 */
@ApplicationScoped
public class UpdateProfile {

    @Inject
    UserRepository users;

    @Inject
    ContentPolicy policy;

    @Transactional
    public User update(String userId, Optional<String> nickname, Optional<String> avatarUrl) {
        User user = users.byId(userId).orElseThrow(() -> new NotFoundException("no user " + userId));
        User updated = new User(user.id(), user.username(), user.passwordHash(),
                nickname.map(n -> policy.screen(ContentPlace.NICKNAME, new Nickname(n).value(), userId, null))
                        .orElse(user.nickname()),
                avatarUrl.isPresent() ? AvatarUrl.check(avatarUrl.get()) : user.avatarUrl());
        users.update(updated);
        return updated;
    }
}
