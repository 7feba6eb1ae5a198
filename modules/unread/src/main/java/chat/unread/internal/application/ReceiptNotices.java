package chat.unread.internal.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import chat.groups.api.ConversationDirectory;
import chat.identity.api.UserEvents;
import chat.platform.json.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the other members of a conversation of up to {@value ReadReceipts#MAX_MEMBERS} that a
 * member's read cursor moved ({@code receipt}), so a sender's bubble shows "Read by 3" without
 * polling. Paced per conversation on each node: the first move of a quiet second goes at once,
 * the moves later in that second are held and go together when it ends, each member's latest only.
 * The telling runs off the caller's thread, so a read or a send never waits for it.
 */
@ApplicationScoped
public class ReceiptNotices {

    static final Duration PACE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(ReceiptNotices.class.getName());

    @Inject
    ConversationDirectory directory;

    @Inject
    UserEvents userEvents;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The conversations told within the last second, with the moves held since (user id to seq). */
    private final Map<String, Map<String, Long>> held = new ConcurrentHashMap<>();

    public void moved(String groupId, String userId, long seq) {
        boolean[] quiet = {false};
        held.compute(groupId, (id, moves) -> {
            if (moves == null) {
                quiet[0] = true;
                return new HashMap<>();
            }
            moves.merge(userId, seq, Math::max);
            return moves;
        });
        if (quiet[0]) {
            scheduler.execute(() -> tell(groupId, Map.of(userId, seq)));
            scheduler.schedule(() -> secondEnded(groupId), PACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** What was held goes now, and starts another second; a second with nothing held ends the pacing. */
    private void secondEnded(String groupId) {
        List<Map<String, Long>> due = new ArrayList<>(1);
        held.computeIfPresent(groupId, (id, moves) -> {
            if (moves.isEmpty()) {
                return null;
            }
            due.add(moves);
            return new HashMap<>();
        });
        if (!due.isEmpty()) {
            tell(groupId, due.get(0));
            scheduler.schedule(() -> secondEnded(groupId), PACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tell(String groupId, Map<String, Long> moves) {
        try {
            directory.broadcastAudience(groupId).filter(members -> members.size() <= ReadReceipts.MAX_MEMBERS)
                    .ifPresent(members -> moves.forEach((userId, seq) -> userEvents.publishNow(
                            members.stream().filter(id -> !id.equals(userId)).toList(),
                            Json.createObjectBuilder().add("type", "event").add("event", "receipt").add("groupId", groupId)
                                    .add("userId", userId).add("seq", seq).build())));
        } catch (RuntimeException e) {
            // A receipt is a passing state: the next move, or a look at the receipts, brings it back.
            LOG.log(Level.FINE, "could not tell the receipts of " + groupId, e);
        }
    }
}
