package chat.identity.internal.application;

import java.util.Optional;

import chat.identity.internal.domain.AccountStatus;
import chat.identity.internal.domain.DeviceRepository;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The two short transactions of a login, each its own so that its connection goes back to the
 * pool at its commit: Liberty keeps a shareable connection until the transaction (or the request's
 * local containment) ends, so reading inside the method that then hashes would hold it for the hash.
 */
@ApplicationScoped
class LoginTransactions {

    @Inject
    UserRepository users;

    @Inject
    DeviceRepository devices;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<User> userNamed(String username) {
        return users.byUsername(username);
    }

    @Inject
    AccountStatus accounts;

    /** Records the device, unless the account is disabled (403); the token generation the new token carries. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deviceLoggedIn(String userId, String deviceId, String deviceName) {
        int generation = usable(accounts, userId);
        devices.upsert(userId, deviceId, deviceName);
        return generation;
    }

    /** The generation a new token of this account carries; 403 {@code ACCOUNT_DISABLED} when it is disabled. */
    static int usable(AccountStatus accounts, String userId) {
        var standing = accounts.standing(userId).orElseThrow(() -> new NotFoundException("no user " + userId));
        if (standing.disabled()) {
            throw new ForbiddenException(ErrorCode.ACCOUNT_DISABLED, "this account is disabled");
        }
        return standing.tokenGeneration();
    }
}
