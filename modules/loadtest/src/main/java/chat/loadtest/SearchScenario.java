package chat.loadtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code search}: {@code GET /api/v1/search/messages} for one user who is a member of
 * {@code --member-of} (default 100) of {@code --conversations} groups (default 1,000), which hold
 * {@code --messages} TEXT messages between them (default 1,000,000), written straight into the
 * server's database ({@link SearchCorpus}; {@code --db-url} or {@code CHAT_DB_URL} is required).
 * Each query of {@link #QUERIES} is asked {@code --requests} times (default 200), one at a time;
 * reports each one's latency and hits per page, and the sizes of the table and of the search index.
 */
final class SearchScenario implements Scenario {

    /**
     * What is asked: a Chinese word inside phrases, a Japanese one, common and rare English words, none,
     * a common character and one found nowhere.
     */
    static final List<String> QUERIES = List.of("红包", "東京", "budget", "deploy friday", "zephyr", "xylophone", "会", "的");

    @Override
    public String name() {
        return "search";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int conversations = options.integer("conversations", 1_000, 1, 100_000);
        int memberOf = options.integer("member-of", 100, 1, conversations);
        int messages = options.integer("messages", 1_000_000, conversations, 100_000_000);
        int requests = options.integer("requests", 200, 1, 1_000_000);
        int concurrency = options.integer("concurrency", 2, 1, 64);
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("search: GET /api/v1/search/messages, one user in " + memberOf + " of "
                + conversations + " conversations holding " + messages + " messages")
                .parameters(context.parameters(name(), "conversations", conversations, "member-of", memberOf,
                        "messages", messages, "requests", requests, "concurrency", concurrency));
        Optional<ServerDatabase> database = ServerDatabase.from(options, System.getenv());
        if (database.isEmpty()) {
            return table.row("requests", "not run: no --db-url, and CHAT_DB_URL is not set").incomplete();
        }
        ChatApi api = context.api();
        GroupApi groups = new GroupApi(api);
        var created = new UserBatches(api, context.names()).create("s", 2, 2, 1, null, deadline);
        if (created.users().size() < 2) {
            return table.row("setup errors", created.outcome().errorSummary()).incomplete();
        }
        ChatApi.User searcher = created.users().get(0);
        ChatApi.User owner = created.users().get(1);
        var token = SingleCall.run(deadline, () -> api.issueBotToken(searcher.id(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        String name = "load test search " + context.names().prefix() + " ";
        AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(conversations);
        Progress.say("search: %d groups, the searcher in %d", conversations, memberOf);
        LoopOutcome creating = ConcurrentLoop.run(conversations, concurrency, deadline, i -> ids.set(i, groups.create(
                name + i, owner.id(), i < memberOf ? List.of(searcher.id()) : List.of(), null,
                deadline.cap(ChatApi.REQUEST_TIMEOUT)).id()));
        SearchCorpus corpus = new SearchCorpus(database.get());
        int perConversation = messages / conversations;
        Progress.say("search: writing %d messages into %d conversations", (long) perConversation * conversations, conversations);
        long writing = System.nanoTime();
        LoopOutcome filling = ConcurrentLoop.run(conversations, concurrency, deadline,
                i -> corpus.fill(ids.get(i), i, conversations, owner.id(), perConversation));
        Progress.say("search: waiting for the server to index them");
        corpus.awaitIndexed(deadline);
        long indexed = System.nanoTime() - writing;
        corpus.settle();
        table.row("setup", "2 users, " + creating.succeeded() + " groups in " + Units.seconds(creating.wallNanos())
                        + "; " + filling.succeeded() + " conversations of " + perConversation + " messages written in "
                        + Units.seconds(filling.wallNanos()))
                .row("all indexed by the server, from the first write", Units.seconds(indexed) + String.format(
                        " (%,.0f messages/s)", (double) perConversation * conversations / indexed * 1e9))
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), token.outcome(), creating, filling))
                .requireClean(created.outcome(), token.outcome(), creating, filling);
        if (!token.ok()) {
            return table.row("requests", "not run: no token for the searcher").incomplete();
        }
        SearchCorpus.Sizes sizes = corpus.sizes();
        table.row("messages stored", String.format("%,d", sizes.rows()))
                .row("messaging.messages (heap / with indexes and TOAST)", mb(sizes.table()) + " / " + mb(sizes.messages()))
                .row("messaging.search_keys (heap) / its GIN index over the grams", mb(sizes.searchKeys()) + " / "
                        + mb(sizes.searchIndex()));

        List<LoopOutcome> outcomes = new ArrayList<>();
        for (String query : QUERIES) {
            Progress.say("search: \"%s\", %d requests", query, requests);
            long[] hits = new long[requests];
            Arrays.fill(hits, -1);
            String path = "/search/messages?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            LoopOutcome asked = ConcurrentLoop.run(requests, 1, deadline, i -> hits[i] = api.send("GET /search/messages",
                    api.bearer(path, token.value(), deadline.cap(ChatApi.REQUEST_TIMEOUT)).GET(), 200)
                    .getJsonArray("items").size());
            outcomes.add(asked);
            long[] answered = Arrays.stream(hits).filter(n -> n >= 0).toArray();
            table.latency("\"" + query + "\" latency", asked.latencyMillis())
                    .row("\"" + query + "\" hits on the first page", answered.length == 0 ? "none answered"
                            : Arrays.stream(answered).min().getAsLong() + " to " + Arrays.stream(answered).max().getAsLong());
        }
        return table.row("errors", LoopOutcome.errorSummary(outcomes.toArray(LoopOutcome[]::new)))
                .requireClean(outcomes.toArray(LoopOutcome[]::new));
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
