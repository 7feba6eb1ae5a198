package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code store-rate}: how fast the server stores TEXT messages into many small groups, and what
 * each costs it. {@code --groups} groups of 3 ({@link StoreRateSetup}), {@code --senders} senders,
 * each on its own WebSocket (pinging every 5 s) and keeping exactly one send in flight
 * ({@code send} -> {@code ack} -> next send), {@code --messages} in total: message i from sender
 * i mod N, into the sender's own groups in turn ({@link Plan#groupOf}). The other members never
 * connect: the only open socket a message is notified to is its sender's. Measures messages
 * stored per second (acks over the wall time from the first send to the last ack), the ack
 * latency, RATE_LIMITED answers and errors, with {@code --server-pid} the server's CPU time per
 * stored message over the sends ({@link ServerCost}); then checks, in a sample of the groups, that
 * each stored exactly the messages acknowledged into it ({@link StoreRateCheck}).
 */
final class StoreRateScenario implements Scenario {

    static final int GROUP_SIZE = 3;
    static final Duration PING_INTERVAL = MessagesScenario.PING_INTERVAL;

    /** The options of one run. */
    record Plan(int groups, int senders, int messages, int concurrency) {

        static Plan from(Options options) {
            int groups = options.integer("groups", 1_000, 1, 100_000);
            // a sending thread for each sender, and at least one group of its own
            int senders = options.integer("senders", Math.min(8, groups), 1, MessagesScenario.MAX_SENDERS);
            if (senders > groups) {
                throw new IllegalArgumentException("--senders must be at most --groups, as every sender sends into groups"
                        + " of its own: " + senders + " senders, " + groups + " groups");
            }
            return new Plan(groups, senders, options.integer("messages", 20_000, 1, 1_000_000),
                    options.integer("concurrency", 8, 1, 256));
        }

        /**
         * The users who never send, the other two members of every group: 2N + 1 of them, an odd
         * count, so that a sender's groups do not all hold the same two.
         */
        int poolSize() {
            return 2 * senders + 1;
        }

        /** The sender of group {@code g}, its owner. */
        int senderOf(int g) {
            return g % senders;
        }

        /** The pool users of group {@code g}: pool[2g mod P] and pool[(2g + 1) mod P], never the same one. */
        int[] othersOf(int g) {
            return new int[] {(int) (2L * g % poolSize()), (int) ((2L * g + 1) % poolSize())};
        }

        /** Sender s owns groups s, s + N, s + 2N ...: how many. */
        int groupsOf(int sender) {
            return (groups - sender + senders - 1) / senders;
        }

        /**
         * The group of message {@code i}: its sender i mod N sends its k-th message (k = i / N)
         * into its own groups in turn, the k-th modulo how many it owns.
         */
        int groupOf(int i) {
            int sender = i % senders;
            return sender + senders * (i / senders % groupsOf(sender));
        }
    }

    @Override
    public String name() {
        return "store-rate";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Plan plan = Plan.from(context.options());
        ServerCost cost = ServerCost.from(context.options());
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("store-rate: TEXT messages stored per second into many groups of 3, one send"
                + " in flight per sender")
                .parameters(context.parameters(name(), "groups", plan.groups(), "senders", plan.senders(), "messages",
                        plan.messages(), "concurrency", plan.concurrency(), "server-pid", ServerCost.pid(context.options())));

        var ready = StoreRateSetup.build(context, plan, deadline, table);
        if (ready == null) {
            return table;
        }
        List<PendingSends> pending = new ArrayList<>(plan.senders());
        for (int s = 0; s < plan.senders(); s++) {
            pending.add(new PendingSends());
        }
        ConcurrentLinkedQueue<LiveSocket> live = new ConcurrentLinkedQueue<>();
        try (Keepalive keepalive = Keepalive.every(PING_INTERVAL, live)) {
            try {
                Progress.say("store-rate: opening %d connections, %d at a time", plan.senders(), plan.concurrency());
                // a sender reads only the answers to its sends: its notifies and events are not measured here
                var opened = SocketOpener.open(context.api(), ready.senderTokens(), plan.concurrency(), deadline, false,
                        LoopbackOnly.socketRoots(context.base(), context.options()),
                        s -> (from, frame, arrived) -> pending.get(s).answered(frame), live);
                opened.write(table, "senders", plan.concurrency());
                if (opened.open().size() < plan.senders()) {
                    return table.row("measurement", "not run: a sender did not connect").incomplete();
                }
                List<LiveSocket> sockets = new ArrayList<>(plan.senders());
                for (int s = 0; s < plan.senders(); s++) {
                    sockets.add(opened.sockets().get(s));
                }
                measure(context, plan, cost, table, ready, (s, i, clientMsgId, text) -> pending.get(s).send(sockets.get(s),
                        clientMsgId, ChatFrames.send(clientMsgId, ready.groupIds().get(plan.groupOf(i)), text)), deadline);
            } finally {
                SocketClosing.finish(name(), table, live, keepalive, PING_INTERVAL);
            }
        }
        return table;
    }

    /** The measured part, with every sender connected: the lastSeqs before, the sends, the rows, the check. */
    private static void measure(RunContext context, Plan plan, ServerCost cost, ResultTable table,
            StoreRateSetup.Ready ready, MessageSending.Sender sender, Deadline deadline) throws InterruptedException {
        StoreRateCheck check = new StoreRateCheck(new GroupApi(context.api()), plan, ready);
        var before = check.read(deadline);
        if (!before.ok()) {
            table.row("measurement", "not run: lastSeq of the sampled groups not read ("
                    + before.outcome().errorSummary() + ")").incomplete();
            return;
        }
        Progress.say("store-rate: %d senders send %d messages in total into %d groups", plan.senders(), plan.messages(),
                plan.groups());
        ServerCost.Reading start = cost.read();
        var sending = MessageSending.run(plan.senders(), plan.messages(), sender, 0, 0,
                context.names().prefix() + "-st", deadline);
        ServerCost.Window window = cost.since(start);
        Progress.say("store-rate: %d acks, %d rate-limited; checking %d groups", sending.acks(), sending.rateLimited(),
                check.sampled());
        MessagesReport.sends(table, sending);
        window.write(table, sending.acks(), -1);
        check.write(table, before, check.read(StoreRateCheck.graceAfter(deadline)), sending.seqs());
    }
}
