package chat.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the caller's transaction has committed, and never after a rollback: for work
 * outside the database that must not run ahead of it (waking the outbox relay, updating a cache
 * that readers trust).
 */
@ApplicationScoped
public class AfterCommit {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Needs an active transaction; the action runs on the committing thread, after the commit. */
    public void run(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
