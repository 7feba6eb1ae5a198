package chat.loadtest;

import java.util.Arrays;
import java.util.List;

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
        ChatApi api = context.api();
        GroupApi groups = new GroupApi(api);
        ResultTable table = new ResultTable("conversations: GET /api/v1/groups, one user in " + conversations + " groups")
                .parameters(context.parameters(name(), "conversations", conversations, "requests", requests,
                        "concurrency", concurrency));

        Progress.say("conversations: creating a member and an owner, and %d groups, %d in parallel", conversations,
                concurrency);
        var created = new UserBatches(api, context.names()).create("c", 2, 2, 1, null, deadline);
        if (created.users().size() < 2) {
            return table.row("setup errors", created.outcome().errorSummary())
                    .row("requests", "not run: the users were not created").incomplete();
        }
        ChatApi.User member = created.users().get(0);
        ChatApi.User owner = created.users().get(1);
        var token = SingleCall.run(deadline, () -> api.issueBotToken(member.id(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        String name = "load test conversations " + context.names().prefix() + " ";
        LoopOutcome creating = ConcurrentLoop.run(conversations, concurrency, deadline, i -> groups.create(name + i,
                owner.id(), List.of(member.id()), null, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        table.row("setup", "2 users, " + (token.ok() ? 1 : 0) + " token, " + creating.succeeded() + " of "
                        + conversations + " groups in " + Units.seconds(creating.wallNanos()) + " (" + concurrency
                        + " in parallel)")
                .latency("group create latency (POST /admin/groups)", creating.latencyMillis())
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), token.outcome(), creating))
                .requireClean(created.outcome(), token.outcome(), creating);
        if (!token.ok()) {
            return table.row("requests", "not run: no token for the member").incomplete();
        }

        Progress.say("conversations: %d requests, %d in parallel", requests, concurrency);
        long[] items = new long[requests];
        Arrays.fill(items, -1);
        LoopOutcome outcome = ConcurrentLoop.run(requests, concurrency, deadline,
                i -> items[i] = groups.conversations(token.value(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
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
