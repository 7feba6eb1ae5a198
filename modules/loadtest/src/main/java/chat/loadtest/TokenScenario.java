package chat.loadtest;

import java.util.List;

/**
 * {@code tokens}: {@code GET /api/v1/users/me} with operator-issued bearer tokens, round-robin
 * over the users: the JWT verification path plus one user lookup, no password hashing.
 */
final class TokenScenario implements Scenario {

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int users = options.integer("users", 100, 1, 100_000);
        int requests = options.integer("requests", 5_000, 1, 10_000_000);
        int concurrency = options.integer("concurrency", 8, 1, 256);
        int batch = options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();

        Progress.say("tokens: creating %d users and a bot token for each", users);
        var created = new UserBatches(api, context.names()).create("t", users, batch, Math.min(concurrency, 2), null, deadline);
        var issued = BotTokens.issue(api, created.users(), concurrency, deadline);
        List<String> tokens = issued.tokens();
        ResultTable table = new ResultTable("tokens: GET /api/v1/users/me with a bearer token")
                .row("setup", created.users().size() + " users in " + Units.seconds(created.outcome().wallNanos()) + ", "
                        + tokens.size() + " tokens in " + Units.seconds(issued.outcome().wallNanos()))
                .latency("token issue latency (POST /admin/users/{id}/sessions)", issued.outcome().latencyMillis())
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), issued.outcome()))
                .requireClean(created.outcome(), issued.outcome());
        table.parameters(context.parameters(name(), "users", users, "requests", requests, "concurrency", concurrency,
                "batch", batch));
        if (tokens.isEmpty()) {
            return table.row("requests", "not run: no tokens were issued").incomplete();
        }

        Progress.say("tokens: %d requests over %d tokens, %d in parallel", requests, tokens.size(), concurrency);
        LoopOutcome outcome = ConcurrentLoop.run(requests, concurrency, deadline,
                i -> api.me(tokens.get(i % tokens.size()), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        return table
                .row("requests succeeded", outcome.succeeded() + " of " + requests)
                .row("wall time", Units.seconds(outcome.wallNanos()))
                .row("requests/second", Units.perSecond(outcome.perSecond()))
                .latency("request latency", outcome.latencyMillis())
                .row("errors", outcome.errorSummary())
                .requireClean(outcome);
    }
}
