package chat.loadtest;

import java.util.List;

/**
 * {@code joins}: N users (default 2,000) join one group with the same invite code,
 * {@code POST /api/v1/invites/{code}/accept}, many at once. Every join inserts a member and
 * bumps the group's one counted row under its cap, so the joins queue on that row: this measures
 * joins per second under contention and the accept latency, and checks that no join was lost or
 * counted twice (the final memberCount must be N + 1, the owner included).
 */
final class JoinScenario implements Scenario {

    @Override
    public String name() {
        return "joins";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int users = options.integer("users", 2_000, 1, 100_000);
        int concurrency = options.integer("concurrency", 16, 1, 256);
        int batch = options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        GroupApi groups = new GroupApi(api);
        ResultTable table = new ResultTable("joins: POST /api/v1/invites/{code}/accept, one code, one group")
                .parameters(context.parameters(name(), "users", users, "concurrency", concurrency, "batch", batch));

        Progress.say("joins: creating an owner and %d users with bot tokens", users);
        var created = new UserBatches(api, context.names()).create("j", users + 1, batch, Math.min(concurrency, 2), null,
                deadline);
        if (created.users().size() < users + 1) {
            return table.row("setup errors", created.outcome().errorSummary())
                    .row("joins", "not run: not every user was created").incomplete();
        }
        ChatApi.User owner = created.users().get(0);
        var ownerToken = SingleCall.run(deadline, () -> api.issueBotToken(owner.id(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        var issued = BotTokens.issue(api, created.users().subList(1, users + 1), concurrency, deadline);
        var group = SingleCall.run(deadline, () -> groups.create("load test joins " + context.names().prefix(), owner.id(),
                List.of(), users + 1, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        var invite = SingleCall.run(deadline, () -> !ownerToken.ok() || !group.ok() ? null
                : groups.invite(group.value().id(), ownerToken.value(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        List<String> tokens = issued.tokens();
        table.row("setup", created.users().size() + " users in " + Units.seconds(created.outcome().wallNanos()) + ", "
                        + (tokens.size() + (ownerToken.ok() ? 1 : 0)) + " tokens in "
                        + Units.seconds(issued.outcome().wallNanos()) + ", group with maxMembers " + (users + 1)
                        + ", invite code " + (invite.ok() ? "issued" : "missing"))
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), ownerToken.outcome(), issued.outcome(),
                        group.outcome(), invite.outcome()))
                .requireClean(created.outcome(), ownerToken.outcome(), issued.outcome(), group.outcome(), invite.outcome());
        if (!invite.ok() || tokens.isEmpty()) {
            return table.row("joins", "not run: " + (invite.ok() ? "no tokens were issued" : "no invite code")).incomplete();
        }
        String gid = group.value().id();

        Progress.say("joins: %d users accept one code, %d in parallel", tokens.size(), concurrency);
        LoopOutcome joining = ConcurrentLoop.run(tokens.size(), concurrency, deadline,
                i -> groups.accept(invite.value(), tokens.get(i), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        var check = SingleCall.run(deadline,
                () -> groups.group(gid, ownerToken.value(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        table.row("joins succeeded", joining.succeeded() + " of " + users)
                .row("wall time", Units.seconds(joining.wallNanos()))
                .row("joins/second (wall)", Units.perSecond(joining.perSecond()))
                .latency("accept latency", joining.latencyMillis());
        if (check.ok()) {
            table.expect("final memberCount (GET /groups/{gid} as the owner)", check.value().memberCount(), users + 1,
                    "--users + 1 (the owner)");
        } else {
            table.row("final memberCount", "not read").incomplete();
        }
        return table.row("group id", gid)
                .row("errors", LoopOutcome.errorSummary(joining, check.outcome()))
                .requireClean(joining, check.outcome());
    }
}
