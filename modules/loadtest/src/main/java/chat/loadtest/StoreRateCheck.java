package chat.loadtest;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The check of {@code store-rate}: in a sample of up to {@link #MAX_SAMPLED} groups spread evenly
 * over all of them, each group's {@code lastSeq} after the sends must equal its {@code lastSeq}
 * before them plus the acks its sender received for it: every acknowledged message stored, none
 * stored without an ack (a send that timed out and was stored all the same shows here). The
 * lastSeqs come from {@code GET /api/v1/groups}, one call per sender owning a sampled group.
 */
final class StoreRateCheck {

    static final int MAX_SAMPLED = 50;
    /** How long the reading after the sends may take when the time limit has (nearly) passed. */
    static final Duration GRACE = Duration.ofSeconds(30);

    /** The lastSeq of each sampled group ({@code -1} when not read), and how the reads went. */
    record Seqs(long[] values, LoopOutcome outcome) {

        boolean ok() {
            return outcome.clean();
        }
    }

    private final GroupApi api;
    private final StoreRateScenario.Plan plan;
    private final StoreRateSetup.Ready ready;
    private final int[] sample;

    StoreRateCheck(GroupApi api, StoreRateScenario.Plan plan, StoreRateSetup.Ready ready) {
        this.api = api;
        this.plan = plan;
        this.ready = ready;
        this.sample = sample(plan.groups(), MAX_SAMPLED);
    }

    /** Up to {@code max} group indexes spread evenly over {@code groups}, the first one 0. */
    static int[] sample(int groups, int max) {
        int count = Math.min(groups, max);
        int[] sample = new int[count];
        for (int k = 0; k < count; k++) {
            sample[k] = (int) ((long) k * groups / count);
        }
        return sample;
    }

    /** The deadline of the reading after the sends: the scenario's, or {@link #GRACE} when less is left. */
    static Deadline graceAfter(Deadline deadline) {
        return deadline.remaining().compareTo(GRACE) < 0 ? Deadline.after(GRACE) : deadline;
    }

    int sampled() {
        return sample.length;
    }

    /** The lastSeq of every sampled group now, {@code --concurrency} senders' lists at a time. */
    Seqs read(Deadline deadline) throws InterruptedException {
        long[] values = new long[sample.length];
        Arrays.fill(values, -1);
        int[] owners = Arrays.stream(sample).map(plan::senderOf).distinct().toArray();
        LoopOutcome outcome = ConcurrentLoop.run(owners.length, plan.concurrency(), deadline, o -> {
            Map<String, Long> seqs = api.lastSeqs(ready.senderTokens().get(owners[o]), deadline.cap(ChatApi.REQUEST_TIMEOUT));
            for (int k = 0; k < sample.length; k++) {
                if (plan.senderOf(sample[k]) == owners[o]) {
                    String gid = ready.groupIds().get(sample[k]);
                    Long seq = seqs.get(gid);
                    if (seq == null) {
                        throw new IllegalStateException("group " + gid + " is not in its sender's GET /groups");
                    }
                    values[k] = seq;
                }
            }
        });
        return new Seqs(values, outcome);
    }

    /** The check's rows: the sampled groups whose lastSeq grew by exactly their acks, the first that did not. */
    void write(ResultTable table, Seqs before, Seqs after, long[] seqsByMessage) {
        String rule = "lastSeq after the sends = lastSeq before + acks into the group";
        if (!after.ok()) {
            table.row(rule, "not checked: lastSeq not read after the sends (" + after.outcome().errorSummary() + ")")
                    .incomplete();
            return;
        }
        int[] acks = new int[plan.groups()];
        for (int i = 0; i < seqsByMessage.length; i++) {
            if (seqsByMessage[i] >= 0) {
                acks[plan.groupOf(i)]++;
            }
        }
        int matching = 0;
        String firstMismatch = null;
        for (int k = 0; k < sample.length; k++) {
            int g = sample[k];
            if (after.values()[k] == before.values()[k] + acks[g]) {
                matching++;
            } else if (firstMismatch == null) {
                firstMismatch = "group " + g + " (" + ready.groupIds().get(g) + "): lastSeq " + after.values()[k]
                        + " after, " + before.values()[k] + " before, " + acks[g] + " acks";
            }
        }
        table.expect("sampled groups where " + rule, matching, sample.length, "groups sampled, evenly spread");
        if (firstMismatch != null) {
            table.row("first sampled group that does not match", firstMismatch);
        }
    }
}
