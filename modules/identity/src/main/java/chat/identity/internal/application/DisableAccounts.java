package chat.identity.internal.application;

import chat.identity.internal.domain.AccountStatus;
import chat.identity.internal.domain.UserRepository;
import chat.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The operator disables an account and enables it again. Disabling refuses its tokens at once on
 * every node (each request reads the account's row), and after the commit every node closes its
 * live connections; its login answers 403 {@code ACCOUNT_DISABLED}. Enabling lets it log in again;
 * the tokens it held stay refused.
 */
@ApplicationScoped
public class DisableAccounts {

    @Inject
    UserRepository users;

    @Inject
    AccountStatus accounts;

    @Inject
    IdentityEvents events;

    /** False when it was disabled already: nothing changed. */
    @Transactional
    public boolean disable(String userId) {
        requireUser(userId);
        if (!accounts.disable(userId)) {
            return false;
        }
        events.accountDisabled(userId);
        return true;
    }

    /** False when it was not disabled: nothing changed. */
    @Transactional
    public boolean enable(String userId) {
        requireUser(userId);
        return accounts.enable(userId);
    }

    private void requireUser(String userId) {
        users.byId(userId).orElseThrow(() -> new NotFoundException("no user " + userId));
    }
}
