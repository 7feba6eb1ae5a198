package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The setup of {@code store-rate}, not measured: N senders and a pool of 2N + 1 users who never
 * send, all without passwords, a bot token for each sender ({@link SetupSteps}), and
 * {@code --groups} groups of 3 the operator creates ({@code POST /api/v1/admin/groups},
 * {@code --concurrency} at a time): group g owned by sender g mod N, with two pool users as its
 * other members ({@link StoreRateScenario.Plan#othersOf}). Writes its rows into the caller's table.
 */
final class StoreRateSetup {

    /** The groups by index, and the senders' tokens by sender. */
    record Ready(List<String> groupIds, List<String> senderTokens) {
    }

    private StoreRateSetup() {
    }

    /** The groups and tokens, or null (after the rows saying why) when the setup fell short. */
    static Ready build(RunContext context, StoreRateScenario.Plan plan, Deadline deadline, ResultTable table)
            throws InterruptedException {
        SetupSteps steps = new SetupSteps(context, "store-rate", table);
        // the senders first, then the pool: only the senders get tokens
        var accounts = steps.accounts("s", plan.senders() + plan.poolSize(), plan.senders(), plan.concurrency(), deadline);
        if (accounts == null) {
            return null;
        }
        List<ChatApi.User> senders = accounts.users().subList(0, plan.senders());
        List<ChatApi.User> pool = accounts.users().subList(plan.senders(), accounts.users().size());
        GroupApi groups = new GroupApi(context.api());
        String name = "load test store-rate " + context.names().prefix() + " ";
        AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(plan.groups());
        Progress.say("store-rate: creating %d groups of %d, %d at a time", plan.groups(), StoreRateScenario.GROUP_SIZE,
                plan.concurrency());
        LoopOutcome creating = ConcurrentLoop.run(plan.groups(), plan.concurrency(), deadline, g -> {
            int[] others = plan.othersOf(g);
            var group = groups.create(name + g, senders.get(plan.senderOf(g)).id(),
                    List.of(pool.get(others[0]).id(), pool.get(others[1]).id()), null, deadline.cap(ChatApi.REQUEST_TIMEOUT));
            if (group.memberCount() != StoreRateScenario.GROUP_SIZE) {
                throw new IllegalStateException("group " + group.id() + " was created with " + group.memberCount()
                        + " members, not " + StoreRateScenario.GROUP_SIZE);
            }
            ids.set(g, group.id());
        });
        steps.add(creating);
        table.row("setup: groups", creating.succeeded() + " of " + plan.groups() + " groups of "
                + StoreRateScenario.GROUP_SIZE + " (its sender, two of " + plan.poolSize() + " users who never send) in "
                + Units.seconds(creating.wallNanos()) + ", " + plan.concurrency() + " at a time");
        if (creating.succeeded() < plan.groups()) {
            steps.notBuilt("not every group was created with " + StoreRateScenario.GROUP_SIZE + " members");
            return null;
        }
        steps.done();
        List<String> groupIds = new ArrayList<>(plan.groups());
        for (int g = 0; g < plan.groups(); g++) {
            groupIds.add(ids.get(g));
        }
        return new Ready(groupIds, accounts.tokens());
    }
}
