package chat.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.DoubleStream;

/**
 * {@code members-listing}: the owner pages through a group of N members (default 100,000) with
 * {@code GET /api/v1/groups/{gid}/members?limit=200}, from the first page to the last, several
 * passes one after another. Measures pages per pass, members seen (must equal the group's
 * memberCount), time per pass and page latency: whether keyset paging stays flat to the end of
 * a large group. Reuses the group {@code big-group} built earlier in the same invocation, else
 * builds one the same way.
 */
final class MembersListingScenario implements Scenario {

    @Override
    public String name() {
        return "members-listing";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        BigGroupBuilder.Plan plan = BigGroupBuilder.Plan.from(context.options(), "m");
        int passes = context.options().integer("passes", 3, 1, 1_000);
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("members-listing: GET /api/v1/groups/{gid}/members?limit="
                + GroupApi.MAX_PAGE + ", first page to last")
                .parameters(context.parameters(name(), "members", plan.members(), "passes", passes, "batch",
                        plan.batch(), "concurrency", plan.concurrency(), "chunk", plan.chunk()));
        var shared = context.bigGroup().withMembers(plan.members());
        if (shared.isPresent()) {
            table.row("group", shared.get().id() + ", built by big-group earlier in this run");
        } else {
            shared = new BigGroupBuilder(context.api(), context.names()).build(plan, deadline, table, "setup: ");
        }
        if (shared.isEmpty()) {
            return table.row("listing", "not run: no full group").incomplete();
        }
        SharedBigGroup.BigGroup group = shared.get();
        GroupApi groups = new GroupApi(context.api());

        Progress.say("members-listing: %d passes over %d members, %d a page", passes, group.memberCount(),
                GroupApi.MAX_PAGE);
        AtomicReferenceArray<MemberWalk.Pass> walks = new AtomicReferenceArray<>(passes);
        LoopOutcome walking = ConcurrentLoop.run(passes, 1, deadline, p -> walks.set(p, MemberWalk.walk(
                after -> groups.members(group.id(), after, GroupApi.MAX_PAGE, group.ownerToken(),
                        deadline.cap(ChatApi.REQUEST_TIMEOUT)), deadline)));
        List<MemberWalk.Pass> done = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            if (walks.get(p) != null) {
                done.add(walks.get(p));
            }
        }
        long pages = done.stream().mapToLong(MemberWalk.Pass::pages).sum();
        double[] pageMillis = done.stream().flatMapToDouble(pass -> DoubleStream.of(pass.pageMillis())).toArray();
        return table
                .row("passes completed", walking.succeeded() + " of " + passes + " (one after another)")
                .row("pages per pass", spread(done.stream().mapToLong(MemberWalk.Pass::pages).toArray()))
                .expectEach("members seen per pass", done.stream().mapToLong(MemberWalk.Pass::members).toArray(),
                        group.memberCount(), "the group's memberCount")
                .latency("time per pass", walking.latencyMillis())
                .row("pages/second", Units.perSecond(pages / (walking.wallNanos() / 1e9)))
                .latency("page latency", Stats.of(pageMillis))
                .row("group id", group.id())
                .row("errors", walking.errorSummary())
                .requireClean(walking);
    }

    /** "501", or "500 to 501" when the passes differ. */
    private static String spread(long[] values) {
        if (values.length == 0) {
            return "no passes";
        }
        long min = Arrays.stream(values).min().getAsLong();
        long max = Arrays.stream(values).max().getAsLong();
        return min == max ? String.valueOf(min) : min + " to " + max;
    }
}
