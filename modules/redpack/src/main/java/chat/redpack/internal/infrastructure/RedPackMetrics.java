package chat.redpack.internal.infrastructure;

import chat.platform.lifecycle.PlatformStartup;
import chat.platform.metrics.ChatMetrics;
import chat.redpack.internal.domain.Ledger;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The red packets' figure on {@code /metrics}: the money in escrow, read when scraped; -1 while the database does not answer. */
@ApplicationScoped
class RedPackMetrics {

    @Inject
    ChatMetrics metrics;

    @Inject
    Ledger ledger;

    void register(@Observes @Priority(PlatformStartup.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object context) {
        metrics.gauge("chat_redpack_escrow_cents", "Money (cents) in red packets sent and neither claimed nor refunded yet",
                this::inEscrow);
    }

    private long inEscrow() {
        try {
            return ledger.inEscrow();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
