package chat.groups.internal.infrastructure;

import java.time.Duration;
import java.util.Optional;

import chat.groups.internal.application.InviteCodes;
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Invite codes live in Infinispan for their lifespan, so every node knows them. */
@ApplicationScoped
class InfinispanInviteCodes implements InviteCodes {

    @Inject
    @CacheName("groups.invites")
    SharedCache<String> codes;

    @Override
    public boolean store(String code, String groupId, Duration lifespan) {
        return codes.putIfAbsent(code, groupId, lifespan);
    }

    @Override
    public Optional<String> groupOf(String code) {
        return codes.get(code);
    }
}
