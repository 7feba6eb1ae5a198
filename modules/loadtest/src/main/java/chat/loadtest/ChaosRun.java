package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The measured part of {@code chaos} on a server that is up: the users and groups, the clients'
 * sends with the fault and red-packet threads beside them, then the checks ({@link ChaosVerdict}).
 */
final class ChaosRun {

    private final RunContext context;
    private final ChaosPlan plan;
    private final ResultTable table;
    private final List<ChaosFaults.Action> faults;
    private final BooleanSupplier ready;

    ChaosRun(RunContext context, ChaosPlan plan, ResultTable table, List<ChaosFaults.Action> faults,
            BooleanSupplier ready) {
        this.context = context;
        this.plan = plan;
        this.table = table;
        this.faults = faults;
        this.ready = ready;
    }

    void run() throws Exception {
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        int concurrency = context.options().integer("concurrency", 8, 1, 256);
        Progress.say("chaos: creating %d users, their tokens and %d groups", plan.clients(), plan.groups());
        var created = new UserBatches(api, context.names()).create("x", plan.clients(), UserBatches.MAX_BATCH, 2, null,
                deadline);
        var issued = BotTokens.issue(api, created.users(), concurrency, deadline);
        table.requireClean(created.outcome(), issued.outcome());
        if (issued.tokens().size() < plan.clients()) {
            table.row("measurement", "not run: " + LoopOutcome.errorSummary(created.outcome(), issued.outcome()))
                    .incomplete();
            return;
        }
        List<String> tokens = issued.tokens();
        List<String> groupIds = groups(api, created.users(), deadline);
        RedPackApi money = new RedPackApi(api);
        for (int g = 0; g < plan.groups() && plan.redpacks() > 0; g++) {
            money.credit(created.users().get(g * plan.groupSize()).id(), 1_000_000, context.names().prefix() + "-o" + g,
                    deadline.cap(ChatApi.REQUEST_TIMEOUT));
        }
        table.row("setup", plan.clients() + " users with bot tokens in " + plan.groups() + " operator groups of "
                + plan.groupSize());

        AckBook book = new AckBook(plan.dropPercent());
        List<ChaosClient> clients = new ArrayList<>();
        for (int c = 0; c < plan.clients(); c++) {
            clients.add(new ChaosClient(api, tokens.get(c), groupIds.get(c / plan.groupSize()), book, plan.ackTimeout()));
        }
        AtomicBoolean done = new AtomicBoolean();
        String prefix = context.names().prefix();
        var faulting = new ChaosFaults(plan, faults, book::kept, ready, done::get);
        var packets = new ChaosRedPacks(plan, money, groupIds, tokens, prefix, book::kept, done::get, deadline);
        Thread faultThread = new Thread(faulting, "chaos-faults");
        Thread packetThread = new Thread(packets, "chaos-redpacks");
        Progress.say("chaos: %d clients send %d messages, %d%% of acks dropped", plan.clients(), plan.sends(),
                plan.dropPercent());
        long start = System.nanoTime();
        faultThread.start();
        packetThread.start();
        LoopOutcome sending;
        try (Ticker ticker = Ticker.every(10, () -> Progress.say("chaos: %d of %d kept, %d sends, errors %s",
                book.kept(), plan.sends(), book.sends(), book.errorSummary()))) {
            sending = ConcurrentLoop.run(plan.clients(), plan.clients(), deadline, c -> {
                for (String id : ChaosScenario.ids(prefix, c / plan.groupSize(), c, plan.sharesOf(c))) {
                    if (!clients.get(c).sendUntilKept(id, deadline)) {
                        throw new IllegalStateException(id + " not acknowledged before the time limit");
                    }
                }
            });
        } finally {
            done.set(true);
        }
        long wall = System.nanoTime() - start;
        faultThread.join();
        packetThread.join();
        clients.forEach(ChaosClient::close);
        table.requireClean(sending);
        ChaosVerdict.report(table, plan, book, sending, wall, faulting.recoveries(), packets);
        new ChaosVerdict(api, money, plan, deadline).check(table, book, prefix, groupIds, tokens, packets);
    }

    private List<String> groups(ChatApi api, List<ChatApi.User> users, Deadline deadline) throws Exception {
        GroupApi groups = new GroupApi(api);
        List<String> ids = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            int first = g * plan.groupSize();
            List<String> members = users.subList(first + 1, first + plan.groupSize()).stream().map(ChatApi.User::id)
                    .toList();
            ids.add(groups.create("chaos " + context.names().prefix() + " " + g, users.get(first).id(), members, null,
                    deadline.cap(ChatApi.REQUEST_TIMEOUT)).id());
        }
        return ids;
    }
}
