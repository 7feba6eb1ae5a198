package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code messages}: one group of {@code --members} (default 10), every member on its own
 * WebSocket, pinging every 5 s. The first {@code --senders} members send {@code --messages}
 * TEXT messages in total over their sockets ({@code send} -> {@code ack}), as fast as the acks
 * come, with {@code --rate-pause-ms} after each ack, or at {@code --rate} a second on a fixed
 * schedule ({@link SendSchedule}); every member follows the group as a client would
 * ({@code notify}, a {@code pull} for each gap) and tracks the highest contiguous seq it holds.
 * Measures the connect time, messages stored per second and the ack latency, notify frames and
 * messages delivered per second, the send-to-hold latency (send of a message to the moment a
 * member holds its seq), the pulls, with {@code --server-pid} the server's CPU time and memory
 * over the sends and the wait for delivery ({@link ServerCost}), and checks that every member
 * ends holding every stored seq. The server's rate limits (20 messages in 10 s per sender by
 * default, one a second in a group of over 500) show as RATE_LIMITED counts, not retried.
 */
final class MessagesScenario implements Scenario {

    static final Duration PING_INTERVAL = Duration.ofSeconds(5);
    /** Above this many latency points (members x messages), only every k-th member records them. */
    static final long MAX_LATENCY_POINTS = 2_000_000;
    static final int MAX_SENDERS = 1_000;
    static final int MAX_RATE = 100_000;

    /** The options of one run; {@code rate} 0 when the sends keep to no schedule. */
    record Plan(int members, int senders, int messages, int concurrency, int pauseMillis, int rate) {

        static Plan from(Options options) {
            if (options.has("rate") && options.has("rate-pause-ms")) {
                throw new IllegalArgumentException("--rate and --rate-pause-ms cannot be given together: --rate sends"
                        + " on a fixed schedule across all senders, --rate-pause-ms pauses each sender after each ack");
            }
            int members = options.integer("members", 10, 1, 100_000);
            // one sending thread per sender: at most MAX_SENDERS
            return new Plan(members, options.integer("senders", Math.min(members, 10), 1, Math.min(members, MAX_SENDERS)),
                    options.integer("messages", 1_000, 1, 1_000_000), options.integer("concurrency", 8, 1, 256),
                    options.integer("rate-pause-ms", 0, 0, 60_000), options.integer("rate", 0, 0, MAX_RATE));
        }

        /** The option that paces the sends, for the parameters line: {@code rate} when given, else {@code rate-pause-ms}. */
        String pacingOption() {
            return rate > 0 ? "rate" : "rate-pause-ms";
        }

        int pacingValue() {
            return rate > 0 ? rate : pauseMillis;
        }
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Plan plan = Plan.from(context.options());
        ServerCost cost = ServerCost.from(context.options());
        int members = plan.members();
        int concurrency = plan.concurrency();
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        ResultTable table = new ResultTable("messages: send over /ws, ack, notify fan-out and pulls in one group")
                .parameters(context.parameters(name(), "members", members, "senders", plan.senders(), "messages",
                        plan.messages(), "concurrency", concurrency, plan.pacingOption(), plan.pacingValue(), "server-pid",
                        ServerCost.pid(context.options())));

        var ready = MessageGroupSetup.build(context, members, concurrency, deadline, table);
        if (ready.groupId() == null) {
            return table;
        }
        String gid = ready.groupId();
        var sampling = MessagesReport.Sampling.of(members, plan.messages(), MAX_LATENCY_POINTS);
        List<GroupMember> group = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            group.add(new GroupMember(gid, sampling.sampled(i)));
        }
        ConcurrentLinkedQueue<LiveSocket> live = new ConcurrentLinkedQueue<>();
        try (Keepalive keepalive = Keepalive.every(PING_INTERVAL, live)) {
            try {
                Progress.say("messages: opening %d connections, %d at a time", members, concurrency);
                var opened = SocketOpener.open(api, ready.tokens(), concurrency, deadline, false,
                        LoopbackOnly.socketRoots(context.base(), context.options()), group::get, live);
                for (int i = 0; i < members; i++) {
                    if (opened.sockets().get(i) != null) {
                        group.get(i).attach(opened.sockets().get(i));
                    }
                }
                opened.write(table, "members", concurrency);
                if (group.subList(0, plan.senders()).stream().anyMatch(m -> m.socket() == null)) {
                    return table.row("measurement", "not run: a sender did not connect").incomplete();
                }
                measure(context, plan, cost, table, gid, group, ready.tokens().get(0), sampling, deadline);
            } finally {
                SocketClosing.finish(name(), table, live, keepalive, PING_INTERVAL);
            }
        }
        return table;
    }

    /** The measured part, with every sender connected: sends, then the wait for delivery, then the rows. */
    private static void measure(RunContext context, Plan plan, ServerCost cost, ResultTable table, String gid,
            List<GroupMember> group, String ownerToken, MessagesReport.Sampling sampling, Deadline deadline)
            throws InterruptedException {
        GroupApi groups = new GroupApi(context.api());
        var before = SingleCall.run(deadline, () -> groups.lastSeq(gid, ownerToken, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        if (!before.ok()) {
            table.row("measurement", "not run: lastSeq not read (" + before.outcome().errorSummary() + ")").incomplete();
            return;
        }
        long baseline = before.value();
        group.forEach(m -> m.assumeHeld(baseline));
        Progress.say("messages: %d senders send %d messages in total (%s)", plan.senders(), plan.messages(),
                plan.rate() > 0 ? plan.rate() + " a second" : "pause " + plan.pauseMillis() + " ms");
        Wire encoding = context.api().wire();
        table.row("frames (--encoding)", encoding == Wire.JSON ? "JSON text" : "Protocol Buffers (" + encoding.subprotocol + ")");
        int port = context.base().getPort() < 0 ? 80 : context.base().getPort();
        SocketBytes.Reading wireStart = SocketBytes.read(port);
        ServerCost.Reading start = cost.read();
        var sending = MessageSending.run(plan.senders(), plan.messages(),
                (s, i, clientMsgId, text) -> group.get(s).send(clientMsgId, text), plan.pauseMillis(), plan.rate(),
                context.names().prefix() + "-msg", deadline);
        Progress.say("messages: %d acks, %d rate-limited; waiting for every member to hold every seq",
                sending.acks(), sending.rateLimited());
        var delivery = DeliveryWait.await(groups, gid, ownerToken, group, deadline);
        var wire = new SocketBytes.Window(port, wireStart, SocketBytes.read(port));
        MessagesReport.write(table, group, sending, delivery, baseline, sampling, cost.since(start), wire);
    }
}
