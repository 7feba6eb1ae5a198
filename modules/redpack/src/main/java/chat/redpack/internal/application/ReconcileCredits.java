package chat.redpack.internal.application;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.PacketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Money never waits on a queue: a claim opened longer ago than the grace period whose credit has not
 * reached the wallet (its order stuck behind an outage, or dead-lettered) is credited here, each in
 * a transaction of its own. The transfer's key makes it exactly once, whoever gets there first.
 */
@ApplicationScoped
public class ReconcileCredits {

    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ReconcileCredits.class.getName());

    @Inject
    PacketRepository packets;

    @Inject
    CreditClaims creditClaims;

    @Inject
    RedPackSettings settings;

    /** Credits a batch of late claims; answers how many it found. */
    public int reconcileBatch() {
        List<Claim> late = packets.uncredited(Instant.now().minus(settings.creditGrace()), BATCH);
        for (Claim claim : late) {
            creditClaims.credit(claim);
        }
        if (!late.isEmpty()) {
            LOG.warning("credited " + late.size() + " claims whose credit had not landed within "
                    + settings.creditGrace().toSeconds() + " s");
        }
        return late.size();
    }
}
