package chat.identity.internal.application;

import java.util.Optional;

import chat.identity.internal.domain.DeviceRepository;
import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UserRepository;
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deviceLoggedIn(String userId, String deviceId, String deviceName) {
        devices.upsert(userId, deviceId, deviceName);
    }
}
