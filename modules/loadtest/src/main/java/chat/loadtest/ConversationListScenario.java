package chat.loadtest;

import java.util.Arrays;

/**
 * {@code conversations}: {@code GET /api/v1/groups}, the whole conversation list of one user who
 * is a member of N groups (default 1,000), requested over and over. The list is one query that
 * returns every conversation with its counts, so this measures how its latency grows with the
 * number of conversations, and checks that every response holds all N.
 */
final class ConversationListScenario implements Scenario {

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int conversations = options.integer("conversations", 1_000, 1, 100_000);
        int requests = options.integer("requests", 200, 1, 1_000_000);
        int concurrency = options.integer("concurrency", 4, 1, 64);
        Deadline deadline = context.newDeadline();
        GroupApi groups = new GroupApi(context.api());
        ResultTable table = new ResultTable("conversations: GET /api/v1/groups, one user in " + conversations + " groups")
                .parameters(context.parameters(name(), "conversations", conversations, "requests", requests,
                        "concurrency", concurrency));

        var ready = ConversationsSetup.build(context, name(), "c", conversations, concurrency, deadline, table);
        if (ready == null) {
            return table;
        }
        if (ready.token() == null) {
            return table.row("requests", "not run: no token for the member").incomplete();
        }

        Progress.say("conversations: %d requests, %d in parallel", requests, concurrency);
        long[] items = new long[requests];
        Arrays.fill(items, -1);
        LoopOutcome outcome = ConcurrentLoop.run(requests, concurrency, deadline,
                i -> items[i] = groups.conversations(ready.token(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        return table
                .row("requests succeeded", outcome.succeeded() + " of " + requests)
                .expectEach("items per response", Arrays.stream(items).filter(n -> n >= 0).toArray(), conversations,
                        "--conversations")
                .row("wall time", Units.seconds(outcome.wallNanos()))
                .row("requests/second", Units.perSecond(outcome.perSecond()))
                .latency("request latency", outcome.latencyMillis())
                .row("errors", outcome.errorSummary())
                .requireClean(outcome);
    }
}
