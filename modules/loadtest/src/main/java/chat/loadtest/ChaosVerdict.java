package chat.loadtest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;

/**
 * The numbers and the checks at the end of {@code chaos}: what the clients counted, how each
 * fault went, then every group's history ({@link HistoryCheck}), the claimers' wallets (every
 * opened share credited, by the queue or the reconciler) and the operator's ledger check.
 */
final class ChaosVerdict {

    /** The reconciler credits a claim after 60 s and runs every 10 s: wait a little longer than both. */
    static final Duration CREDIT_WAIT = Duration.ofSeconds(150);

    private final ChatApi api;
    private final RedPackApi money;
    private final ChaosPlan plan;
    private final Deadline deadline;

    ChaosVerdict(ChatApi api, RedPackApi money, ChaosPlan plan, Deadline deadline) {
        this.api = api;
        this.money = money;
        this.plan = plan;
        this.deadline = deadline;
    }

    static void report(ResultTable table, ChaosPlan plan, AckBook book, LoopOutcome sending, long wallNanos,
            List<ChaosFaults.Recovery> recoveries, ChaosRedPacks packets) {
        double seconds = wallNanos / 1e9;
        table.row("messages acknowledged (kept acks)", book.kept() + " of " + plan.sends())
                .row("send frames (first sends and retries)", book.sends())
                .row("retries (same clientMsgId again)", book.retries())
                .row("acks received", book.acks())
                .row("acks dropped on purpose", book.dropped() + String.format(Locale.ROOT, " (%.1f%% of acks received)",
                        book.acks() == 0 ? 0 : 100.0 * book.dropped() / book.acks()))
                .row("answers other than an ack, by code", book.errorSummary())
                .row("answers that came after their send was given up (late), by type or code",
                        book.lateAnswerSummary())
                .row("acks naming another seq than an earlier ack of the same clientMsgId", book.seqDisagreements())
                .row("reconnects", book.reconnects())
                .row("failed tickets and handshakes, by code", book.connectErrorSummary())
                .row("send wall time", Units.seconds(wallNanos))
                .row("throughput", String.format(Locale.ROOT, "%.1f messages kept/s, %.1f send frames/s",
                        book.kept() / seconds, book.sends() / seconds))
                .row("sending errors", sending.errorSummary());
        if (book.seqDisagreements() > 0) {
            table.incomplete();
        }
        for (int i = 0; i < ChaosPlan.FAULTS.size(); i++) {
            String fault = ChaosPlan.FAULTS.get(i);
            var done = recoveries.stream().filter(r -> r.fault().equals(fault)).findFirst();
            if (done.isEmpty()) {
                table.row("fault: " + fault, "not injected (the sends ended first)").incomplete();
                continue;
            }
            var r = done.get();
            table.row("fault: " + fault, String.format(Locale.ROOT, "at %d kept acks (%d%%); action took %.1f s;"
                            + " ready again %.1f s and next ack kept %.1f s after its start; %d acks kept meanwhile%s",
                    r.atKept(), plan.faultsAt().get(i), r.actionSeconds(), r.readySeconds(), r.nextAckSeconds(),
                    r.keptDuring(), r.error() == null ? "" : "; FAILED: " + r.error()));
            if (r.error() != null || r.readySeconds() < 0) {
                table.incomplete();
            }
        }
        table.row("red packets sent during the run", packets.sent() + " of " + plan.redpacks() + ", " + packets.opened()
                + " shares opened, errors " + packets.errorSummary());
    }

    void check(ResultTable table, AckBook book, String prefix, List<String> groupIds, List<String> tokens,
            ChaosRedPacks packets) throws Exception {
        Progress.say("chaos: reading %d histories", groupIds.size());
        Map<String, Long> acked = book.ackedSeqs();
        HistoryReader reader = new HistoryReader(api);
        HistoryCheck.Result all = HistoryCheck.Result.empty();
        long ours = 0;
        for (int g = 0; g < groupIds.size(); g++) {
            String mine = prefix + "-g" + g + "-";
            Map<String, Long> ackedHere = new HashMap<>();
            acked.forEach((id, seq) -> {
                if (id.startsWith(mine)) {
                    ackedHere.put(id, seq);
                }
            });
            var history = reader.read(groupIds.get(g), tokens.get(g * plan.groupSize()), deadline);
            ours += history.stream().filter(m -> m.clientMsgId() != null && m.clientMsgId().startsWith(mine)).count();
            all = all.plus(HistoryCheck.check("group " + g, history, ackedHere));
        }
        table.row("stored messages read back (all groups, with SYSTEM and red packets)", all.messages())
                .expect("stored messages with the clients' clientMsgIds", ours, plan.sends(), "--sends")
                .expect("acknowledged clientMsgIds", acked.size(), plan.sends(), "--sends")
                .expect("acknowledged but not stored", all.missing(), 0, "none")
                .expect("stored twice (duplicate clientMsgIds)", all.duplicates(), 0, "none")
                .expect("stored under another seq than acknowledged", all.wrongSeq(), 0, "none")
                .expect("gaps in the groups' seqs (seqs missing from 1..N)", all.gaps(), 0, "none")
                .expect("seqs repeated or out of order", all.repeatedSeqs(), 0, "none");
        if (!all.examples().isEmpty()) {
            table.row("first problems found", String.join("; ", all.examples()));
        }
        credits(table, tokens, packets.openedByClient());
        JsonObject ledger = Retrying.call(deadline, () -> api.send("GET /admin/ledger/check",
                api.admin("/admin/ledger/check", deadline.cap(ChatApi.REQUEST_TIMEOUT)).GET(), 200));
        table.row("ledger check (GET /api/v1/admin/ledger/check)", ledger.toString());
        if (!ledger.getBoolean("balanced", false)) {
            table.row("ledger", "NOT BALANCED").incomplete();
        }
    }

    /** Waits until every claimer's wallet holds what it opened; one row saying how many did. */
    private void credits(ResultTable table, List<String> tokens, Map<Integer, Long> opened) throws Exception {
        long until = System.nanoTime() + CREDIT_WAIT.toNanos();
        int landed = 0;
        long started = System.nanoTime();
        while (true) {
            landed = 0;
            for (var claimer : opened.entrySet()) {
                long balance = Retrying.call(deadline, () -> money.balance(tokens.get(claimer.getKey()),
                        deadline.cap(ChatApi.REQUEST_TIMEOUT)));
                landed += balance == claimer.getValue() ? 1 : 0;
            }
            if (landed == opened.size() || System.nanoTime() > until || deadline.expired()) {
                break;
            }
            Thread.sleep(2_000);
        }
        table.expect("claimers whose wallet holds exactly what they opened (waited " + Units.seconds(System.nanoTime()
                - started) + ")", landed, opened.size(), "claimers");
    }
}
