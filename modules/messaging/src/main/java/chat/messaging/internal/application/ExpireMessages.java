package chat.messaging.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.media.api.MediaCatalog;
import chat.messaging.internal.domain.ExpiringMessages;
import chat.messaging.internal.domain.ExpiringMessages.Expired;
import chat.platform.audit.AuditLog;
import chat.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * One batch of retention, in its own transaction: the oldest living messages past the cutoff
 * removed as a recall removes them, the files only they showed withdrawn from their conversation,
 * the recent-message windows of their conversations dropped. Members are not told: their clients
 * read the messages as recalled at the next history read. {@link RetentionRuns} repeats it.
 */
@ApplicationScoped
public class ExpireMessages {

    /** What one batch removed. */
    public record Batch(int messages, int files) {
    }

    @Inject
    ExpiringMessages messages;

    @Inject
    MediaCatalog media;

    @Inject
    RecentMessages recent;

    @Inject
    AuditLog audit;

    @Transactional
    public Batch batch(Instant cutoff, int max) {
        List<Expired> expired = messages.expire(cutoff, max);
        Map<String, Set<String>> filesByGroup = new LinkedHashMap<>();
        for (Expired e : expired) {
            Set<String> files = filesByGroup.computeIfAbsent(e.groupId(), g -> new LinkedHashSet<>());
            if (e.mediaId() != null) {
                files.add(e.mediaId());
            }
        }
        int withdrawn = 0;
        for (var group : filesByGroup.entrySet()) {
            recent.forgetAfterCommit(group.getKey());
            if (!group.getValue().isEmpty()) {
                List<String> unshown = new ArrayList<>(group.getValue());
                unshown.removeAll(messages.stillShown(group.getKey(), group.getValue()));
                withdrawn += media.withdraw(group.getKey(), unshown);
            }
        }
        return new Batch(expired.size(), withdrawn);
    }

    /** The run's row in the audit log, recorded as the server's. */
    @Transactional
    public void recordRun(RetentionRuns.Run run) {
        audit.record(AuditLog.SERVER, "messages.retention", "messages", Json.createObjectBuilder()
                .add("retentionDays", run.retentionDays()).add("cutoff", run.cutoff().toString())
                .add("messagesRemoved", run.messagesRemoved()).add("filesWithdrawn", run.filesWithdrawn()).build());
    }
}
