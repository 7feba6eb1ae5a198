package chat.loadtest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The setup of {@code messages}, of the readers of {@code unread} and of {@code redpack}, not
 * measured: N users without passwords and a bot token for each ({@link SetupSteps}), and one
 * group the operator creates with the first user as owner and all N as members
 * ({@code POST /api/v1/admin/groups}, {@code maxMembers} N); past the 10,000 ids one call takes,
 * the rest join by {@code POST /api/v1/admin/groups/{gid}/members} in chunks of 10,000, one at a
 * time. Writes its rows into the caller's table.
 */
final class MessageGroupSetup {

    /**
     * The group, its members and their tokens, both in user order (the owner first); {@code groupId}
     * null when not built.
     */
    record Ready(String groupId, List<ChatApi.User> users, List<String> tokens) {
    }

    private static final Ready NOT_BUILT = new Ready(null, List.of(), List.of());

    private MessageGroupSetup() {
    }

    /** The group of {@code messages}: users tagged "m". */
    static Ready build(RunContext context, int members, int concurrency, Deadline deadline, ResultTable table)
            throws InterruptedException {
        return build(context, "messages", "m", members, concurrency, deadline, table);
    }

    /**
     * The group of another scenario, named after it ({@code scenario} also heads its progress
     * lines); {@code tag} names its users apart from those of other scenarios in the same run.
     */
    static Ready build(RunContext context, String scenario, String tag, int members, int concurrency, Deadline deadline,
            ResultTable table) throws InterruptedException {
        SetupSteps steps = new SetupSteps(context, scenario, table);
        var accounts = steps.accounts(tag, members, members, concurrency, deadline);
        if (accounts == null) {
            return NOT_BUILT;
        }
        List<ChatApi.User> users = accounts.users();
        GroupApi groups = new GroupApi(context.api());
        List<String> others = users.subList(1, users.size()).stream().map(ChatApi.User::id).toList();
        List<String> first = others.subList(0, Math.min(others.size(), GroupApi.MAX_IDS_PER_CALL));
        List<List<String>> rest = IdChunks.of(others.subList(first.size(), others.size()), GroupApi.MAX_IDS_PER_CALL);
        Progress.say("%s: creating the group with %d members (%d more in %d chunks)", scenario, first.size() + 1,
                others.size() - first.size(), rest.size());
        var group = SingleCall.run(deadline, () -> groups.create("load test " + scenario + " " + context.names().prefix(),
                users.get(0).id(), first, members, deadline.cap(BigGroupBuilder.CHUNK_TIMEOUT)));
        steps.add(group.outcome());
        if (!group.ok()) {
            steps.notBuilt("the group was not created");
            return NOT_BUILT;
        }
        String gid = group.value().id();
        AtomicLong added = new AtomicLong();
        LoopOutcome adding = ConcurrentLoop.run(rest.size(), 1, deadline,
                i -> added.addAndGet(groups.addMembers(gid, rest.get(i), deadline.cap(BigGroupBuilder.CHUNK_TIMEOUT))));
        steps.add(adding);
        long memberCount = group.value().memberCount() + added.get();
        table.row("setup: group", gid + " created in " + Units.millis(Units.toMillis(group.nanos()))
                        + (rest.isEmpty() ? "" : ", " + added.get() + " added in " + rest.size() + " chunks in "
                        + Units.seconds(adding.wallNanos())))
                .expect("setup: group members", memberCount, members, "--members");
        if (memberCount != members) {
            steps.notBuilt("the group does not hold every member");
            return NOT_BUILT;
        }
        steps.done();
        return new Ready(gid, users, accounts.tokens());
    }
}
