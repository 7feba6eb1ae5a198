package chat.loadtest;

import java.time.Duration;
import java.util.List;

/**
 * After the sends of {@code messages}: reads the group's {@code lastSeq} (the last stored seq,
 * {@code GET /api/v1/groups} as the owner) and waits until every member holds it, at most a
 * bounded time; reads it once more then, should a SYSTEM message have been stored meanwhile.
 */
final class DeliveryWait {

    static final Duration LIMIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    /** The last stored seq ({@code -1} when it could not be read), members holding it, and how long the wait took. */
    record Outcome(long lastSeq, int holdingAll, long waitedNanos, LoopOutcome reads) {
    }

    private DeliveryWait() {
    }

    /** Waits at most {@link #LIMIT}, and not past the deadline unless that leaves under 10 s. */
    static Outcome await(GroupApi groups, String groupId, String ownerToken, List<GroupMember> members,
            Deadline deadline) throws InterruptedException {
        Duration limit = deadline.remaining().compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10)
                : deadline.cap(LIMIT);
        Deadline wait = Deadline.after(limit);
        long start = System.nanoTime();
        var first = SingleCall.run(wait, () -> groups.lastSeq(groupId, ownerToken, wait.cap(ChatApi.REQUEST_TIMEOUT)));
        if (!first.ok()) {
            return new Outcome(-1, holding(members, Long.MAX_VALUE), System.nanoTime() - start, first.outcome());
        }
        long lastSeq = first.value();
        LoopOutcome reads = first.outcome();
        boolean reread = false;
        while (!wait.expired()) {
            if (holding(members, lastSeq) == members.size()) {
                if (reread) {
                    break;
                }
                var again = SingleCall.run(wait, () -> groups.lastSeq(groupId, ownerToken, wait.cap(ChatApi.REQUEST_TIMEOUT)));
                reads = again.outcome();
                reread = true;
                if (!again.ok() || again.value() == lastSeq) {
                    break;
                }
                lastSeq = again.value();
            }
            Thread.sleep(POLL_MILLIS);
        }
        return new Outcome(lastSeq, holding(members, lastSeq), System.nanoTime() - start, reads);
    }

    private static int holding(List<GroupMember> members, long seq) {
        int count = 0;
        for (GroupMember member : members) {
            if (member.held() >= seq) {
                count++;
            }
        }
        return count;
    }
}
