package chat.loadtest;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code unread}, in two parts, one table.
 *
 * <p>1. {@code GET /api/v1/unread} for one user in {@code --conversations} groups (default 1,000;
 * the setup of {@code conversations}), each with one message the operator posted as the owner:
 * {@code --requests} requests (default 200), one at a time. Every answer must list every
 * conversation with a count above 0; reports the latency and the size of an answer.
 *
 * <p>2. Read frames absorbed: {@code --readers} members (default 200) of one group holding
 * {@code --shared-messages} messages (default 1,000), each on its own WebSocket, send
 * {@code {"type":"read","groupId","seq"}} for seq 1, 2, 3... (so every frame moves their cursor)
 * as fast as the answers ({@code conversation.read} events) come back, for {@code --read-seconds}
 * (default 30). Reports the frames answered per second and their latency and, from PostgreSQL's
 * statistics ({@link TableWrites}), the rows they caused to be written to {@code unread.cursors}:
 * the server settles each move in its cache and writes the queued moves in batches.
 */
final class UnreadScenario implements Scenario {

    static final Duration PING_INTERVAL = Duration.ofSeconds(10);
    /** How long the readers may still wait for their last answers after the stop time. */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(10);
    /** How long the posted messages may take to show in the counts (each node learns of them from the fan-out). */
    static final Duration VISIBLE_WAIT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "unread";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int conversations = options.integer("conversations", 1_000, 1, 100_000);
        int requests = options.integer("requests", 200, 1, 1_000_000);
        int readers = options.integer("readers", 200, 1, 9_999);
        int messages = options.integer("shared-messages", 1_000, 1, 1_000_000);
        int seconds = options.integer("read-seconds", 30, 1, 3_600);
        int concurrency = options.integer("concurrency", 8, 1, 64);
        Optional<TableWrites> database = TableWrites.from(options, System.getenv());
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("unread: GET /api/v1/unread in " + conversations + " conversations, and read"
                + " frames of " + readers + " members")
                .parameters(context.parameters(name(), "conversations", conversations, "requests", requests, "readers",
                        readers, "shared-messages", messages, "read-seconds", seconds, "concurrency", concurrency,
                        "db-url", database.map(TableWrites::url).orElse("none")));
        table.row("part 1", "GET /api/v1/unread, one user in " + conversations + " groups with a message each");
        listing(context, conversations, requests, concurrency, deadline, table);
        table.row("part 2", "read frames of " + readers + " members of one group, " + seconds + " s");
        reading(context, readers, messages, seconds, concurrency, database, deadline, table);
        return table;
    }

    private void listing(RunContext context, int conversations, int requests, int concurrency, Deadline deadline,
            ResultTable table) throws InterruptedException {
        var ready = ConversationsSetup.build(context, name(), "u", conversations, concurrency, deadline, table);
        if (ready == null) {
            return;
        }
        if (ready.token() == null) {
            table.row("requests", "not run: no token for the member").incomplete();
            return;
        }
        GroupApi groups = new GroupApi(context.api());
        List<String> ids = ready.groupIds();
        String prefix = context.names().prefix();
        Progress.say("unread: posting a message into each of %d groups, %d in parallel", ids.size(), concurrency);
        LoopOutcome posting = ConcurrentLoop.run(ids.size(), concurrency, deadline, i -> groups.post(ids.get(i),
                ready.owner().id(), prefix + "-u" + i, "unread " + i, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        table.row("setup: messages (POST /admin/groups/{gid}/messages)", posting.succeeded() + " of " + ids.size()
                        + " in " + Units.seconds(posting.wallNanos()) + " (" + concurrency + " in parallel)")
                .row("setup: message errors", posting.errorSummary())
                .requireClean(posting);

        Progress.say("unread: waiting until the member's counts show every message");
        long waitStart = System.nanoTime();
        String token = ready.token();
        GroupApi.Unread seen = null;
        String waitError = null;
        while (!deadline.expired() && System.nanoTime() - waitStart < VISIBLE_WAIT.toNanos()) {
            try {
                seen = groups.unread(token, deadline.cap(ChatApi.REQUEST_TIMEOUT));
            } catch (ApiException | IOException e) {
                waitError = e.toString();
                break;
            }
            if (seen.nonZero() >= posting.succeeded()) {
                break;
            }
            Thread.sleep(200);
        }
        table.row("setup: counts above 0 before the requests", seen == null ? "none read (" + waitError + ")"
                : seen.nonZero() + " of " + seen.items() + " conversations, "
                        + Units.seconds(System.nanoTime() - waitStart) + " after the last post");

        Progress.say("unread: %d requests, one at a time", requests);
        GroupApi.Unread[] answers = new GroupApi.Unread[requests];
        LoopOutcome outcome = ConcurrentLoop.run(requests, 1, deadline,
                i -> answers[i] = groups.unread(token, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        List<GroupApi.Unread> answered = Arrays.stream(answers).filter(a -> a != null).toList();
        table.row("requests succeeded", outcome.succeeded() + " of " + requests + " (one at a time)")
                .expectEach("items per response", answered.stream().mapToLong(GroupApi.Unread::items).toArray(),
                        conversations, "--conversations")
                .expectEach("items counting 1 or more, per response",
                        answered.stream().mapToLong(GroupApi.Unread::nonZero).toArray(), conversations, "--conversations")
                .row("response size", spread(answered.stream().mapToLong(GroupApi.Unread::bytes).toArray(), " bytes"))
                .row("total in the response", spread(answered.stream().mapToLong(GroupApi.Unread::total).toArray(), ""))
                .row("wall time", Units.seconds(outcome.wallNanos()))
                .row("requests/second", Units.perSecond(outcome.perSecond()))
                .latency("request latency", outcome.latencyMillis())
                .row("errors", outcome.errorSummary())
                .requireClean(outcome);
    }

    private void reading(RunContext context, int readers, int messages, int seconds, int concurrency,
            Optional<TableWrites> database, Deadline deadline, ResultTable table) throws InterruptedException {
        var ready = MessageGroupSetup.build(context, name(), "r", readers + 1, concurrency, deadline, table);
        if (ready.groupId() == null) {
            return;
        }
        String gid = ready.groupId();
        GroupApi groups = new GroupApi(context.api());
        String owner = ready.users().get(0).id();
        String prefix = context.names().prefix();
        Progress.say("unread: the owner posts %d messages into the readers' group, %d in parallel", messages, concurrency);
        LoopOutcome posting = ConcurrentLoop.run(messages, concurrency, deadline, i -> groups.post(gid, owner,
                prefix + "-r" + i, "read me " + i, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        var lastSeq = SingleCall.run(deadline,
                () -> groups.lastSeq(gid, ready.tokens().get(0), deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        table.row("setup: shared messages", posting.succeeded() + " of " + messages + " in "
                        + Units.seconds(posting.wallNanos()) + " (" + concurrency + " in parallel); the group's last seq "
                        + (lastSeq.ok() ? lastSeq.value() : "not read"))
                .row("setup: message errors", LoopOutcome.errorSummary(posting, lastSeq.outcome()))
                .requireClean(posting, lastSeq.outcome());
        if (!lastSeq.ok()) {
            table.row("read frames", "not run: the group's last seq was not read").incomplete();
            return;
        }
        long last = lastSeq.value();

        TableWrites.Reading before = null;
        if (database.isEmpty()) {
            table.row("unread.cursors rows written", "not read: no --db-url, and CHAT_DB_URL is not set");
        } else {
            before = settledWrites(database.get(), "before", table);
        }

        List<ReadingMember> members = new ArrayList<>(readers);
        for (int i = 0; i < readers; i++) {
            members.add(new ReadingMember(gid, new ReadWalk(0, last))); // members since before the first message
        }
        ConcurrentLinkedQueue<LiveSocket> live = new ConcurrentLinkedQueue<>();
        try (Keepalive keepalive = Keepalive.every(PING_INTERVAL, live)) {
            try {
                Progress.say("unread: opening %d connections, %d at a time", readers, concurrency);
                var opened = SocketOpener.open(context.api(), ready.tokens().subList(1, readers + 1), concurrency,
                        deadline, false, members::get, live);
                table.row("readers connected", opened.open().size() + " of " + readers + " (" + concurrency
                                + " at a time, in " + Units.seconds(opened.outcome().wallNanos()) + ")")
                        .row("connect errors", opened.outcome().errorSummary())
                        .requireClean(opened.outcome());
                List<ReadingMember> reading = new ArrayList<>();
                for (int i = 0; i < readers; i++) {
                    if (opened.sockets().get(i) != null) {
                        reading.add(members.get(i));
                    }
                }
                if (reading.isEmpty()) {
                    table.row("read frames", "not run: no reader connected").incomplete();
                    return;
                }
                Progress.say("unread: %d readers send read frames for %d s", reading.size(), seconds);
                long start = System.nanoTime();
                long stopAt = start + Math.min(Duration.ofSeconds(seconds).toNanos(), deadline.remaining().toNanos());
                for (int i = 0; i < readers; i++) {
                    if (opened.sockets().get(i) != null) {
                        members.get(i).start(opened.sockets().get(i), stopAt);
                    }
                }
                awaitReaders(reading, stopAt);
                report(table, reading, start, stopAt, last, seconds);
            } finally {
                List<LiveSocket> open = new ArrayList<>(live);
                int gone = SocketClosing.notOpen(open);
                table.row("sockets closed by the server before the end", gone);
                int closed = SocketClosing.closeAll(name(), open);
                table.row("closed cleanly", closed + " of " + open.size());
                if (gone > 0 || closed < open.size()) {
                    table.incomplete();
                }
            }
        }
        if (before != null) {
            TableWrites.Reading after = settledWrites(database.get(), "after", table);
            if (after != null) {
                TableWrites.Counts written = after.counts().minus(before.counts());
                long answers = answered(members);
                table.row("unread.cursors rows written (n_tup_ins + n_tup_upd)", written.written() + " (inserted "
                                + written.inserted() + ", updated " + written.updated() + ")")
                        .row("read frames answered per row written", written.written() == 0 ? "no row written"
                                : String.format(Locale.ROOT, "%.1f", answers / (double) written.written()));
            }
        }
    }

    /** Waits for every reader's last answer, at most {@link #ANSWER_GRACE} past the stop time. */
    private static void awaitReaders(List<ReadingMember> reading, long stopAt) throws InterruptedException {
        CompletableFuture<?>[] done = reading.stream().map(ReadingMember::done).toArray(CompletableFuture[]::new);
        long wait = stopAt - System.nanoTime() + ANSWER_GRACE.toNanos();
        try {
            CompletableFuture.allOf(done).get(Math.max(1, wait), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // counted in the table: readers still waiting for an answer
        }
    }

    private static void report(ResultTable table, List<ReadingMember> reading, long start, long stopAt, long last,
            int seconds) {
        List<ReadingMember.Summary> walks = reading.stream().map(ReadingMember::summary).toList();
        long answers = walks.stream().mapToLong(ReadingMember.Summary::answers).sum();
        long moved = walks.stream().mapToLong(ReadingMember.Summary::moved).sum();
        long errors = walks.stream().mapToLong(ReadingMember.Summary::errors).sum();
        long unexpected = walks.stream().mapToLong(ReadingMember.Summary::unexpected).sum();
        long lastAnswer = walks.stream().mapToLong(ReadingMember.Summary::lastAnswerNanos).max().orElse(start);
        long waiting = walks.stream().filter(ReadingMember.Summary::waiting).count();
        long reachedLast = walks.stream().filter(w -> w.reachedLast() && w.lastAnswerNanos() < stopAt).count();
        String firstError = walks.stream().map(ReadingMember.Summary::firstError).filter(e -> e != null).findFirst()
                .orElse(null);
        long span = Math.max(1, lastAnswer - start);
        Stats latency = Stats.of(walks.stream().flatMapToLong(w -> Arrays.stream(w.latencies()))
                .mapToDouble(Units::toMillis).toArray());
        table.row("read frames answered (conversation.read)", answers + " in " + Units.seconds(span)
                        + " (first frame to last answer)")
                .row("read frames answered per second", Units.perSecond(answers / (span / 1e9)))
                .latency("read frame to answer", latency)
                .expect("answers that moved the cursor to the seq read", moved, answers, "frames answered")
                .row("error answers", errors == 0 ? "0" : errors + " (first: " + firstError + ")")
                .row("answers with no frame in flight", unexpected)
                .row("readers still waiting for an answer at the end", waiting)
                .row("readers that read up to the last seq (" + last + ") before " + seconds + " s", reachedLast);
        if (errors > 0 || unexpected > 0 || waiting > 0) {
            table.incomplete();
        }
        if (reachedLast > 0) {
            table.row("note", "readers ran out of messages: raise --shared-messages").incomplete();
        }
    }

    private static long answered(List<ReadingMember> members) {
        return members.stream().mapToLong(m -> m.summary().answers()).sum();
    }

    /** The settled counts, or null when the database could not be read (the table says why). */
    private static TableWrites.Reading settledWrites(TableWrites database, String when, ResultTable table)
            throws InterruptedException {
        Progress.say("unread: waiting for PostgreSQL's statistics of unread.cursors to settle (%s the frames)", when);
        try {
            TableWrites.Reading reading = database.settled("unread", "cursors");
            table.row("statistics of unread.cursors " + when + " the frames", "settled after "
                    + Units.seconds(reading.waitedNanos()) + (reading.settled() ? "" : " (NOT settled: still moving)"));
            if (!reading.settled()) {
                table.incomplete();
            }
            return reading;
        } catch (SQLException e) {
            table.row("unread.cursors rows written", "not read: " + e.getMessage()).incomplete();
            return null;
        }
    }

    /** One value when all are alike, else the range. */
    private static String spread(long[] values, String unit) {
        if (values.length == 0) {
            return "no samples";
        }
        long min = Arrays.stream(values).min().getAsLong();
        long max = Arrays.stream(values).max().getAsLong();
        return min == max ? min + unit + " (all " + values.length + " alike)"
                : "from " + min + " to " + max + unit + " over " + values.length;
    }
}
