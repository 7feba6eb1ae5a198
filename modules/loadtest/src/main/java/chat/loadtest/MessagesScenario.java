package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code messages}: one group of {@code --members} (default 10), every member on its own
 * WebSocket, pinging every 5 s. The first {@code --senders} members send {@code --messages}
 * TEXT messages in total over their sockets ({@code send} -> {@code ack}); every member follows
 * the group as a client would ({@code notify}, a {@code pull} for each gap) and tracks the
 * highest contiguous seq it holds. Measures the connect time, messages stored per second and the
 * ack latency, notify frames and messages delivered per second, the send-to-hold latency (send
 * of a message to the moment a member holds its seq), the pulls, and checks that every member
 * ends holding every stored seq. The server's rate limits (20 messages in 10 s per sender by
 * default, one a second in a group of over 500) show as RATE_LIMITED counts, not retried.
 */
final class MessagesScenario implements Scenario {

    static final Duration PING_INTERVAL = Duration.ofSeconds(5);
    /** Above this many latency points (members x messages), only every k-th member records them. */
    static final long MAX_LATENCY_POINTS = 2_000_000;
    static final int MAX_SENDERS = 1_000;

    /** The options of one run. */
    record Plan(int members, int senders, int messages, int concurrency, int pauseMillis) {

        static Plan from(Options options) {
            int members = options.integer("members", 10, 1, 100_000);
            // one sending thread per sender: at most MAX_SENDERS
            return new Plan(members, options.integer("senders", Math.min(members, 10), 1, Math.min(members, MAX_SENDERS)),
                    options.integer("messages", 1_000, 1, 1_000_000), options.integer("concurrency", 8, 1, 256),
                    options.integer("rate-pause-ms", 0, 0, 60_000));
        }
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Plan plan = Plan.from(context.options());
        int members = plan.members();
        int concurrency = plan.concurrency();
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        ResultTable table = new ResultTable("messages: send over /ws, ack, notify fan-out and pulls in one group")
                .parameters(context.parameters(name(), "members", members, "senders", plan.senders(), "messages",
                        plan.messages(), "concurrency", concurrency, "rate-pause-ms", plan.pauseMillis()));

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
                int connected = opened.open().size();
                table.row("members connected", connected + " of " + members + " (" + concurrency + " at a time, in "
                                + Units.seconds(opened.outcome().wallNanos()) + ")")
                        .latency("ticket latency (POST /ws-tickets)", opened.ticketMillis())
                        .latency("connect time (handshake)", opened.handshakeMillis())
                        .row("connect errors", opened.outcome().errorSummary())
                        .requireClean(opened.outcome());
                if (group.subList(0, plan.senders()).stream().anyMatch(m -> m.socket() == null)) {
                    return table.row("measurement", "not run: a sender did not connect").incomplete();
                }
                measure(context, plan, table, gid, group, ready.tokens().get(0), sampling, deadline);
            } finally {
                List<LiveSocket> open = new ArrayList<>(live);
                int gone = SocketClosing.notOpen(open);
                long unreadable = open.stream().mapToLong(LiveSocket::handlerErrors).sum();
                table.row("sockets closed by the server before the end", gone)
                        .row("frames that could not be read", unreadable)
                        .row("pings sent (every " + PING_INTERVAL.toSeconds() + " s)", keepalive.pingsSent());
                int closed = SocketClosing.closeAll(name(), open);
                table.row("closed cleanly", closed + " of " + open.size());
                if (gone > 0 || unreadable > 0 || closed < open.size()) {
                    table.incomplete();
                }
            }
        }
        return table;
    }

    /** The measured part, with every sender connected: sends, then the wait for delivery, then the rows. */
    private static void measure(RunContext context, Plan plan, ResultTable table, String gid, List<GroupMember> group,
            String ownerToken, MessagesReport.Sampling sampling, Deadline deadline) throws InterruptedException {
        GroupApi groups = new GroupApi(context.api());
        var before = SingleCall.run(deadline, () -> groups.lastSeq(gid, ownerToken, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        if (!before.ok()) {
            table.row("measurement", "not run: lastSeq not read (" + before.outcome().errorSummary() + ")").incomplete();
            return;
        }
        long baseline = before.value();
        group.forEach(m -> m.assumeHeld(baseline));
        Progress.say("messages: %d senders send %d messages in total (pause %d ms)", plan.senders(), plan.messages(),
                plan.pauseMillis());
        var sending = MessageSending.run(group.subList(0, plan.senders()), plan.messages(), plan.pauseMillis(),
                context.names().prefix() + "-msg", deadline);
        Progress.say("messages: %d acks, %d rate-limited; waiting for every member to hold every seq",
                sending.acks(), sending.rateLimited());
        var delivery = DeliveryWait.await(groups, gid, ownerToken, group, deadline);
        MessagesReport.write(table, group, sending, delivery, baseline, sampling);
    }
}
