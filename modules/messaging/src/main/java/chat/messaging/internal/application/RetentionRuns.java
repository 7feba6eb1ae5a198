package chat.messaging.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.platform.db.OneNodeAtATime;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Retention ({@code CHAT_MESSAGES_RETENTION_DAYS}, off when 0, the default): a run removes every
 * message sent more than that many days ago, a batch a transaction, on one node at a time, and
 * records itself in the audit log. Seqs stay: a removed message reads like a recalled one.
 */
@ApplicationScoped
public class RetentionRuns {

    /** Messages removed in one transaction. */
    static final int BATCH = 1_000;

    private static final String WORK = "messaging.retention";

    /** What a run removed, and the cutoff it removed before. */
    public record Run(int retentionDays, Instant cutoff, long messagesRemoved, long filesWithdrawn) {
    }

    @Inject
    @ConfigProperty(name = "chat.messages.retention-days", defaultValue = "0")
    int retentionDays;

    @Inject
    ExpireMessages expire;

    @Inject
    OneNodeAtATime oneNode;

    public boolean on() {
        return retentionDays > 0;
    }

    /** A scheduled run: none when retention is off or another node is running one. */
    public Optional<Run> runUnlessRunning() {
        return on() ? oneNode.ifFree(WORK, this::runHere) : Optional.empty();
    }

    /** The operator's run: after the one another node may be running; 409 when retention is off. */
    public Run runNow() {
        if (!on()) {
            throw new ConflictException(ErrorCode.CONFLICT, "retention is off: CHAT_MESSAGES_RETENTION_DAYS is not set");
        }
        return oneNode.afterOthers(WORK, this::runHere);
    }

    private Run runHere() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(retentionDays));
        long messages = 0;
        long files = 0;
        ExpireMessages.Batch batch;
        do {
            batch = expire.batch(cutoff, BATCH);
            messages += batch.messages();
            files += batch.files();
        } while (batch.messages() == BATCH);
        Run run = new Run(retentionDays, cutoff, messages, files);
        expire.recordRun(run);
        return run;
    }
}
