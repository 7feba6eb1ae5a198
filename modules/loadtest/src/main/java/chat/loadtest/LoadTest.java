package chat.loadtest;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code LoadTest --scenario NAME[,NAME...]|all [options]} with the names
 * provision, logins, tokens, websocket, joins, big-group, members-listing, conversations, messages,
 * store-rate, idle-connections, unread, redpack, media, search and chaos (see {@link Options#usage()}). Runs
 * the scenarios in the order given against a server on this machine and prints one Markdown table
 * per scenario on standard output.
 *
 * <p>This is a command-line tool, so results go to System.out and progress to System.err
 * ({@link Progress}) on purpose; java.util.logging would only add timestamps and levels to a
 * table meant to be pasted into a document.
 */
public final class LoadTest {

    private static final Map<String, Scenario> SCENARIOS = Map.ofEntries(
            Map.entry("provision", new ProvisionScenario()),
            Map.entry("logins", new LoginScenario()),
            Map.entry("tokens", new TokenScenario()),
            Map.entry("websocket", new WebSocketScenario()),
            Map.entry("joins", new JoinScenario()),
            Map.entry("big-group", new BigGroupScenario()),
            Map.entry("members-listing", new MembersListingScenario()),
            Map.entry("conversations", new ConversationListScenario()),
            Map.entry("messages", new MessagesScenario()),
            Map.entry("store-rate", new StoreRateScenario()),
            Map.entry("idle-connections", new IdleConnectionsScenario()),
            Map.entry("unread", new UnreadScenario()),
            Map.entry("redpack", new RedPackScenario()),
            Map.entry("media", new MediaScenario()),
            Map.entry("search", new SearchScenario()),
            Map.entry("content-matcher", new ContentMatcherScenario()),
            Map.entry("chaos", new ChaosScenario()));
    /**
     * The order of {@code all}; big-group comes before members-listing, which reuses its group.
     * {@code chaos} is not in it: it starts and kills a server of its own and restarts PostgreSQL.
     * Nor is {@code store-rate}: it measures the store, so it needs a server whose send rate limit
     * is raised, else nearly every send is RATE_LIMITED. Nor is {@code search}: it writes a million
     * messages into the server's database. Nor is {@code content-matcher}: it measures the
     * content policy's matcher in this process, not the server.
     */
    static final List<String> ALL = List.of("provision", "logins", "tokens", "websocket", "joins", "big-group",
            "members-listing", "conversations", "messages", "idle-connections", "unread", "redpack", "media");

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        List<Scenario> scenarios;
        RunContext context;
        try {
            options = Options.parse(args);
            if (options.help()) {
                System.out.print(Options.usage());
                return;
            }
            scenarios = scenarios(options.string("scenario")
                    .orElseThrow(() -> new IllegalArgumentException("--scenario is required")));
            URI base = LoopbackOnly.check(options.string("base", "http://localhost:9080"));
            Duration timeLimit = Duration.ofSeconds(options.integer("time-limit", 600, 1, 86_400));
            AdminKey key = AdminKey.resolve(options, System.getenv());
            if (options.has("admin-key")) {
                Progress.say("warning: --admin-key is visible to other users in the process list;"
                        + " prefer CHAT_ADMIN_API_KEY or --admin-key-file");
            }
            context = new RunContext(new ChatApi(base, key.value(), Wire.of(options)), new RunNames(new SecureRandom()), base, timeLimit,
                    key, options, new SharedBigGroup());
        } catch (IllegalArgumentException e) {
            System.err.println("loadtest: " + e.getMessage());
            System.err.println("loadtest: --help lists the options");
            System.exit(2);
            return;
        }

        boolean complete = true;
        for (Scenario scenario : scenarios) {
            ResultTable table;
            try {
                table = scenario.run(context);
            } catch (IllegalArgumentException e) {
                // A scenario reads its own options when it starts: an out-of-range value ends here.
                System.err.println("loadtest: " + scenario.name() + ": " + e.getMessage());
                System.exit(2);
                return;
            }
            System.out.println(table.toMarkdown());
            System.out.flush();
            complete &= table.complete();
        }
        if (!complete) {
            // Exit status 1: the tables were printed, but some numbers are partial.
            System.exit(1);
        }
    }

    /** {@code all}, or names separated by commas, run in the order given, each at most once. */
    static List<Scenario> scenarios(String names) {
        if (names.equals("all")) {
            List<Scenario> all = new ArrayList<>();
            ALL.forEach(n -> all.add(SCENARIOS.get(n)));
            return all;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : names.split(",", -1)) {
            Scenario scenario = SCENARIOS.get(name.trim());
            if (scenario == null) {
                throw new IllegalArgumentException("unknown scenario '" + name + "'; one or more of " + ALL
                        + ", store-rate or chaos, separated by commas, or all");
            }
            if (chosen.contains(scenario)) {
                throw new IllegalArgumentException("scenario " + name + " given twice");
            }
            chosen.add(scenario);
        }
        return chosen;
    }
}
