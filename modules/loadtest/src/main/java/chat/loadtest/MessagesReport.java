package chat.loadtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The measured rows of {@code messages}: sends and acks (shared with {@code store-rate}), notify
 * fan-out, send-to-hold latency, pulls, the server's cost, and the final check that every member
 * holds every stored seq.
 */
final class MessagesReport {

    /** Where the latency samples come from: every member, or every {@code stride}-th. */
    record Sampling(int stride, long maxPoints) {

        /** Every member when members x messages fits in {@code maxPoints}, else every k-th member. */
        static Sampling of(int members, int messages, long maxPoints) {
            long points = (long) members * messages;
            return new Sampling((int) Math.max(1, (points + maxPoints - 1) / maxPoints), maxPoints);
        }

        boolean sampled(int member) {
            return member % stride == 0;
        }

        String describe(int members) {
            if (stride == 1) {
                return "all " + members + " members";
            }
            int sampled = (members + stride - 1) / stride;
            return String.format(Locale.ROOT, "sampled: every %d-th member, %d of %d, as members x messages is over %,d",
                    stride, sampled, members, maxPoints);
        }
    }

    private MessagesReport() {
    }

    /**
     * The rows of the sends: how many, acks, RATE_LIMITED, errors (which make the table
     * incomplete), wall time, stored per second, ack latency, and the late sends of a fixed schedule.
     */
    static void sends(ResultTable table, MessageSending.Result sending) {
        table.row("messages sent", sending.started() + " of " + sending.seqs().length)
                .row("acks (messages stored)", sending.acks())
                .row("rate-limited (RATE_LIMITED, not retried)", sending.rateLimited())
                .row("send errors", sending.errorSummary())
                .row("send wall time (first send to last ack)", Units.seconds(sending.wallNanos()))
                .row("messages stored per second (acks / send wall time)", Units.perSecond(sending.perSecond()))
                .latency("ack latency (send to ack)", sending.ackMillis());
        SendSchedule schedule = sending.schedule();
        if (schedule.fixed()) {
            table.row("sends that left over " + SendSchedule.LATE_NANOS / 1_000_000 + " ms after their slot (--rate "
                    + schedule.perSecond() + ": message i due at start + i/" + schedule.perSecond() + " s)",
                    schedule.describeLate(sending.started()));
        }
        if (!sending.clean()) {
            table.incomplete();
        }
    }

    /** Every measured row; {@code cost} covers the sends and the wait for delivery. */
    static void write(ResultTable table, List<GroupMember> members, MessageSending.Result sending,
            DeliveryWait.Outcome delivery, long baseline, Sampling sampling, ServerCost.Window cost,
            SocketBytes.Window wire) {
        sends(table, sending);
        table.row("seqs stored before the sends (held by every member from the start)", baseline);

        long notifies = 0;
        long pulls = 0;
        long emptyAnswers = 0;
        long pullErrors = 0;
        long lastNotify = 0;
        long heldDuringRun = 0;
        double[] perMember = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            GroupMember member = members.get(i);
            perMember[i] = member.notifies();
            notifies += member.notifies();
            pulls += member.pulls();
            emptyAnswers += member.emptyPullAnswers();
            pullErrors += member.pullErrors();
            lastNotify = Math.max(lastNotify, member.lastNotifyNanos());
            heldDuringRun += Math.max(0, member.held() - baseline);
        }
        long window = lastNotify == 0 ? 0 : lastNotify - sending.startNanos();
        table.row("notify frames received (all members)", notifies)
                .row("notify window (first send to last notify)", Units.seconds(window))
                .row("notify frames delivered per second",
                        window <= 0 ? "no notifies" : Units.perSecond(notifies / (window / 1e9)))
                .row("messages delivered per second (seqs members came to hold / notify window)",
                        window <= 0 ? "no notifies" : Units.perSecond(heldDuringRun / (window / 1e9)))
                .percentiles("notify frames per member", Stats.of(perMember), v -> String.format(Locale.ROOT, "%.0f", v))
                .latency("send-to-hold latency (" + sampling.describe(members.size()) + ")", latencies(members))
                .row("pulls sent", pulls + " (answers that brought nothing: " + emptyAnswers
                        + ", pulls answered with an error: " + pullErrors + ")");
        cost.write(table, sending.acks(), heldDuringRun);
        wire.write(table, heldDuringRun);

        if (delivery.lastSeq() < 0) {
            table.row("members holding every stored seq", "not checked: lastSeq not read ("
                    + delivery.reads().errorSummary() + ")").incomplete();
            return;
        }
        table.row("group lastSeq after the sends", delivery.lastSeq() + " (" + (delivery.lastSeq() - baseline)
                        + " stored during the measurement)")
                .expect("members holding every stored seq 1.." + delivery.lastSeq() + " (after waiting "
                        + Units.seconds(delivery.waitedNanos()) + ")", delivery.holdingAll(), members.size(), "--members");
    }

    private static Stats latencies(List<GroupMember> members) {
        return Stats.of(members.stream().map(GroupMember::latencies).flatMapToLong(Arrays::stream)
                .mapToDouble(Units::toMillis).toArray());
    }
}
