package chat.loadtest;

import java.util.ArrayList;
import java.util.List;

/**
 * The unmeasured setup of a scenario, step by step: users without passwords ({@link UserBatches})
 * with bot tokens ({@link BotTokens}), then whatever the scenario builds of them. Keeps every
 * step's outcome so that the setup ends in one "setup errors" row, followed by "measurement: not
 * run" when a step fell short.
 */
final class SetupSteps {

    /** The users in creation order, and the tokens of the first of them, in the same order. */
    record Accounts(List<ChatApi.User> users, List<String> tokens) {
    }

    private final RunContext context;
    private final String scenario;
    private final ResultTable table;
    private final List<LoopOutcome> outcomes = new ArrayList<>();

    /** {@code scenario} heads the progress lines. */
    SetupSteps(RunContext context, String scenario, ResultTable table) {
        this.context = context;
        this.scenario = scenario;
        this.table = table;
    }

    /**
     * {@code count} users tagged {@code tag} (which names them apart from other scenarios' users in
     * the same run) and a bot token for each of the first {@code withTokens}; writes the row
     * "setup: users, tokens". Null, after {@link #notBuilt}, when not every one was made.
     */
    Accounts accounts(String tag, int count, int withTokens, int concurrency, Deadline deadline)
            throws InterruptedException {
        ChatApi api = context.api();
        if (withTokens == count) {
            Progress.say("%s: creating %d users and a bot token for each", scenario, count);
        } else {
            Progress.say("%s: creating %d users and a bot token for %d of them", scenario, count, withTokens);
        }
        var created = new UserBatches(api, context.names()).create(tag, count, UserBatches.MAX_BATCH,
                Math.min(concurrency, 2), null, deadline);
        outcomes.add(created.outcome());
        List<ChatApi.User> users = created.users();
        var issued = BotTokens.issue(api, users.subList(0, Math.min(withTokens, users.size())), concurrency, deadline);
        outcomes.add(issued.outcome());
        table.row("setup: users, tokens", users.size() + " users in " + Units.seconds(created.outcome().wallNanos())
                + ", " + issued.tokens().size() + " tokens in " + Units.seconds(issued.outcome().wallNanos()));
        if (users.size() < count || issued.tokens().size() < withTokens) {
            notBuilt("not every user or token was created");
            return null;
        }
        return new Accounts(users, issued.tokens());
    }

    /** Keeps the outcome of one more step of the scenario's own. */
    SetupSteps add(LoopOutcome outcome) {
        outcomes.add(outcome);
        return this;
    }

    /** The setup is complete: the "setup errors" row; the table is incomplete unless every step was clean. */
    void done() {
        table.row("setup errors", errors());
    }

    /** The setup fell short: the "setup errors" row and "measurement: not run: {@code why}"; the table is incomplete. */
    void notBuilt(String why) {
        table.row("setup errors", errors()).row("measurement", "not run: " + why).incomplete();
    }

    private String errors() {
        LoopOutcome[] all = outcomes.toArray(LoopOutcome[]::new);
        table.requireClean(all);
        return LoopOutcome.errorSummary(all);
    }
}
