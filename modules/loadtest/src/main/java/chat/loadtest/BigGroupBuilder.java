package chat.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a group of N members through the operator API alone, as a company directory sync would:
 * provisions N users without passwords ({@link UserBatches}), creates a group by the operator
 * with the first user as owner and {@code maxMembers} = N, then adds the other N - 1 with
 * {@code POST /api/v1/admin/groups/{gid}/members} in chunks, one chunk at a time (every chunk
 * updates the group's one counted row, so parallel chunks would only queue there). Finally
 * reads the group back as its owner. Writes its rows into the caller's table; used by
 * {@code big-group} and, when no group was built earlier in the run, {@code members-listing}.
 */
final class BigGroupBuilder {

    /** One chunk inserts up to 10,000 members and their join events in one transaction. */
    static final Duration CHUNK_TIMEOUT = Duration.ofMinutes(5);

    /** N users tagged {@code tag}, provisioned {@code concurrency} batches at a time, added {@code chunk} per call. */
    record Plan(String tag, int members, int batch, int concurrency, int chunk) {

        /** The plan from {@code --members --batch --concurrency --chunk}, with the defaults of {@code big-group}. */
        static Plan from(Options options, String tag) {
            return new Plan(tag, options.integer("members", 100_000, 2, 1_000_000),
                    options.integer("batch", UserBatches.MAX_BATCH, 1, UserBatches.MAX_BATCH),
                    options.integer("concurrency", 2, 1, 64),
                    options.integer("chunk", GroupApi.MAX_IDS_PER_CALL, 1, GroupApi.MAX_IDS_PER_CALL));
        }
    }

    private final ChatApi api;
    private final GroupApi groups;
    private final RunNames names;

    BigGroupBuilder(ChatApi api, RunNames names) {
        this.api = api;
        this.groups = new GroupApi(api);
        this.names = names;
    }

    /** The group when it is full (exactly N members as its owner sees it); else empty, and the table is incomplete. */
    Optional<SharedBigGroup.BigGroup> build(Plan plan, Deadline deadline, ResultTable table, String prefix)
            throws InterruptedException {
        long start = System.nanoTime();
        List<LoopOutcome> outcomes = new ArrayList<>();
        Progress.say("%screating %d users in batches of %d, %d in parallel", prefix, plan.members(), plan.batch(),
                plan.concurrency());
        var created = new UserBatches(api, names).create(plan.tag(), plan.members(), plan.batch(), plan.concurrency(),
                null, deadline);
        List<ChatApi.User> users = created.users();
        outcomes.add(created.outcome());
        long provisioning = created.outcome().wallNanos();
        table.row(prefix + "users provisioned (POST /admin/users)", users.size() + " of " + plan.members() + " in "
                        + Units.seconds(provisioning) + " (batches of " + plan.batch() + ", " + plan.concurrency()
                        + " in parallel)")
                .row(prefix + "users provisioned per second", Units.perSecond(users.size() / (provisioning / 1e9)));
        if (users.size() < plan.members()) {
            return notBuilt(table, prefix, "not every user was created", outcomes);
        }

        ChatApi.User owner = users.get(0);
        Progress.say("%screating the group, owner %s, maxMembers %d", prefix, owner.username(), plan.members());
        var group = SingleCall.run(deadline, () -> groups.create("load test big group " + names.prefix(), owner.id(),
                List.of(), plan.members(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        outcomes.add(group.outcome());
        if (!group.ok()) {
            return notBuilt(table, prefix, "the group was not created", outcomes);
        }
        String gid = group.value().id();
        table.row(prefix + "group created (POST /admin/groups)", Units.millis(Units.toMillis(group.nanos())));

        List<String> rest = users.subList(1, users.size()).stream().map(ChatApi.User::id).toList();
        List<List<String>> chunks = IdChunks.of(rest, plan.chunk());
        Progress.say("%sadding %d members in %d chunks of up to %d", prefix, rest.size(), chunks.size(), plan.chunk());
        AtomicLong added = new AtomicLong();
        LoopOutcome adding = ConcurrentLoop.run(chunks.size(), 1, deadline,
                i -> added.addAndGet(groups.addMembers(gid, chunks.get(i), deadline.cap(CHUNK_TIMEOUT))));
        outcomes.add(adding);
        table.row(prefix + "members added (POST /admin/groups/{gid}/members)", added.get() + " of " + rest.size()
                        + " in " + Units.seconds(adding.wallNanos()) + " (" + adding.succeeded() + " of " + chunks.size()
                        + " chunks of up to " + plan.chunk() + ", one at a time)")
                .row(prefix + "members added per second", Units.perSecond(added.get() / (adding.wallNanos() / 1e9)))
                .latency(prefix + "chunk latency", adding.latencyMillis())
                .row(prefix + "time to a full group (provisioning + create + adds)",
                        Units.seconds(System.nanoTime() - start));

        var token = SingleCall.run(deadline, () -> api.issueBotToken(owner.id(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        outcomes.add(token.outcome());
        if (!token.ok()) {
            return notBuilt(table, prefix, "no token for the owner, so the group could not be read back", outcomes);
        }
        var check = SingleCall.run(deadline, () -> groups.group(gid, token.value(), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        outcomes.add(check.outcome());
        if (!check.ok()) {
            return notBuilt(table, prefix, "the group could not be read back", outcomes);
        }
        int memberCount = check.value().memberCount();
        table.expect(prefix + "final memberCount (GET /groups/{gid} as the owner)", memberCount, plan.members(),
                        "--members")
                .row(prefix + "group id", gid)
                .row(prefix + "errors", errors(table, outcomes));
        return memberCount == plan.members()
                ? Optional.of(new SharedBigGroup.BigGroup(gid, token.value(), memberCount))
                : Optional.empty();
    }

    private static Optional<SharedBigGroup.BigGroup> notBuilt(ResultTable table, String prefix, String why,
            List<LoopOutcome> outcomes) {
        table.row(prefix + "group", "not built: " + why).row(prefix + "errors", errors(table, outcomes)).incomplete();
        return Optional.empty();
    }

    private static String errors(ResultTable table, List<LoopOutcome> outcomes) {
        LoopOutcome[] all = outcomes.toArray(LoopOutcome[]::new);
        table.requireClean(all);
        return LoopOutcome.errorSummary(all);
    }
}
