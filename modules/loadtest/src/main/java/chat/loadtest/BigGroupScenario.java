package chat.loadtest;

/**
 * {@code big-group}: a group of N members (default 100,000, up to the server's 1,000,000) built
 * through the operator API alone ({@link BigGroupBuilder}). Measures users provisioned per
 * second, members added per second through {@code POST /api/v1/admin/groups/{gid}/members} in
 * chunks (default 10,000, the server's limit per call), the chunk latency, and the total time to
 * a full group; prints the group id so the operator can measure the database afterwards. The
 * full group is kept for {@code members-listing} in the same invocation.
 */
final class BigGroupScenario implements Scenario {

    @Override
    public String name() {
        return "big-group";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        BigGroupBuilder.Plan plan = BigGroupBuilder.Plan.from(context.options(), "b");
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("big-group: " + plan.members() + " members through the operator API")
                .parameters(context.parameters(name(), "members", plan.members(), "batch", plan.batch(), "concurrency",
                        plan.concurrency(), "chunk", plan.chunk()));
        var built = new BigGroupBuilder(context.api(), context.names()).build(plan, deadline, table, "");
        built.ifPresent(group -> {
            Progress.say("big-group: group %s has %d members", group.id(), group.memberCount());
            context.bigGroup().offer(group);
        });
        return table;
    }
}
