package chat.loadtest;

import java.util.List;

/**
 * {@code logins}: password logins, {@code POST /api/v1/sessions}. Each login costs the server one
 * PBKDF2 verification, and creating the users with passwords costs one PBKDF2 hash each, which is
 * reported separately. Logins go round-robin over the users and all succeed, so the limit of
 * five failed logins per user per minute never applies.
 */
final class LoginScenario implements Scenario {

    @Override
    public String name() {
        return "logins";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int users = options.integer("users", 200, 1, 100_000);
        int logins = options.integer("logins", 400, 1, 1_000_000);
        int concurrency = options.integer("concurrency", 4, 1, 64);
        // Spread the hashing over `concurrency` parallel batches unless --batch says otherwise.
        int batch = options.integer("batch", Math.min(UserBatches.MAX_BATCH, (users + concurrency - 1) / concurrency),
                1, UserBatches.MAX_BATCH);
        Deadline deadline = context.newDeadline();
        ChatApi api = context.api();
        String password = context.names().password();

        Progress.say("logins: creating %d users with passwords (server hashes each), batches of %d, %d in parallel",
                users, batch, concurrency);
        var created = new UserBatches(api, context.names()).create("l", users, batch, concurrency, password, deadline);
        List<ChatApi.User> made = created.users();
        ResultTable table = new ResultTable("logins: POST /api/v1/sessions with a password")
                .row("hashing " + made.size() + " passwords during provisioning", Units.seconds(created.outcome().wallNanos())
                        + " (" + Units.perSecond(made.size() / (created.outcome().wallNanos() / 1e9)) + ", "
                        + created.outcome().count() + " batches of up to " + batch + ", " + concurrency + " in parallel)")
                .row("provisioning errors", created.outcome().errorSummary())
                .requireClean(created.outcome());
        table.parameters(context.parameters(name(), "users", users, "logins", logins, "concurrency", concurrency,
                "batch", batch));
        if (made.isEmpty()) {
            return table.row("logins", "not run: no users were created").incomplete();
        }

        Progress.say("logins: %d logins over %d users, %d in parallel", logins, made.size(), concurrency);
        LoopOutcome outcome = ConcurrentLoop.run(logins, concurrency, deadline,
                i -> api.logIn(made.get(i % made.size()).username(), password, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        return table
                .row("logins succeeded", outcome.succeeded() + " of " + logins + " (round-robin over " + made.size()
                        + " users, at most " + ((logins + made.size() - 1) / made.size()) + " each)")
                .row("wall time", Units.seconds(outcome.wallNanos()))
                .row("logins/second", Units.perSecond(outcome.perSecond()))
                .latency("login latency", outcome.latencyMillis())
                .row("errors", outcome.errorSummary())
                .requireClean(outcome);
    }
}
