package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The setup of {@code conversations} and {@code unread}, not measured: two users, a member and an
 * owner, a bot token for the member, and N groups the operator creates with the owner as owner and
 * the member as its one other member ({@code POST /api/v1/admin/groups}), {@code concurrency} at a
 * time. Writes its rows into the caller's table.
 */
final class ConversationsSetup {

    /** The two users, the member's token (null when not issued) and the ids of the groups created. */
    record Ready(ChatApi.User member, ChatApi.User owner, String token, List<String> groupIds) {
    }

    private ConversationsSetup() {
    }

    /**
     * Null when the two users were not created (the table says so and is incomplete). {@code tag}
     * names the users apart from those of other scenarios in the same run.
     */
    static Ready build(RunContext context, String scenario, String tag, int conversations, int concurrency, Deadline deadline,
            ResultTable table) throws InterruptedException {
        ChatApi api = context.api();
        GroupApi groups = new GroupApi(api);
        Progress.say("%s: creating a member and an owner, and %d groups, %d in parallel", scenario, conversations,
                concurrency);
        var created = new UserBatches(api, context.names()).create(tag, 2, 2, 1, null, deadline);
        if (created.users().size() < 2) {
            table.row("setup errors", created.outcome().errorSummary())
                    .row("requests", "not run: the users were not created").incomplete();
            return null;
        }
        ChatApi.User member = created.users().get(0);
        ChatApi.User owner = created.users().get(1);
        var token = SingleCall.run(deadline, () -> api.issueBotToken(member.id(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        String name = "load test " + scenario + " " + context.names().prefix() + " ";
        AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(conversations);
        LoopOutcome creating = ConcurrentLoop.run(conversations, concurrency, deadline, i -> ids.set(i, groups.create(
                name + i, owner.id(), List.of(member.id()), null, deadline.cap(ChatApi.REQUEST_TIMEOUT)).id()));
        table.row("setup", "2 users, " + (token.ok() ? 1 : 0) + " token, " + creating.succeeded() + " of "
                        + conversations + " groups in " + Units.seconds(creating.wallNanos()) + " (" + concurrency
                        + " in parallel)")
                .latency("group create latency (POST /admin/groups)", creating.latencyMillis())
                .row("setup errors", LoopOutcome.errorSummary(created.outcome(), token.outcome(), creating))
                .requireClean(created.outcome(), token.outcome(), creating);
        List<String> groupIds = new ArrayList<>(conversations);
        for (int i = 0; i < conversations; i++) {
            if (ids.get(i) != null) {
                groupIds.add(ids.get(i));
            }
        }
        return new Ready(member, owner, token.value(), groupIds);
    }
}
