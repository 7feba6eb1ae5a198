package chat.loadtest;

/**
 * {@code provision}: directory sync through {@code POST /api/v1/admin/users} without passwords,
 * so password hashing does not bound it; measures batch inserts of accounts.
 */
final class ProvisionScenario implements Scenario {

    @Override
    public String name() {
        return "provision";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int users = options.integer("users", 20_000, 1, 1_000_000);
        int batch = options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH);
        int concurrency = options.integer("concurrency", 2, 1, 64);
        Deadline deadline = context.newDeadline();

        Progress.say("provision: creating %d users in batches of %d, %d in parallel", users, batch, concurrency);
        var created = new UserBatches(context.api(), context.names()).create("p", users, batch, concurrency, null, deadline);
        LoopOutcome outcome = created.outcome();

        return new ResultTable("provision: POST /api/v1/admin/users without passwords")
                .row("users created", created.users().size() + " of " + users)
                .row("batches", outcome.succeeded() + " of " + outcome.count() + " (up to " + batch + " users each, "
                        + concurrency + " in parallel)")
                .row("wall time", Units.seconds(outcome.wallNanos()))
                .row("users/second, total", Units.perSecond(created.users().size() / (outcome.wallNanos() / 1e9)))
                .row("users/second per batch, median", created.perBatchRate().isEmpty() ? "no samples"
                        : Units.perSecond(created.perBatchRate().median()))
                .latency("batch latency", outcome.latencyMillis())
                .row("errors", outcome.errorSummary())
                .requireClean(outcome)
                .parameters(context.parameters(name(), "users", users, "batch", batch, "concurrency", concurrency));
    }
}
