package chat.loadtest;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@code redpack}: a red-packet storm. {@code --grabbers} bot users (default 10,000) and a sender
 * in one operator group (the setup of {@code messages}); the operator credits the sender
 * ({@code POST /api/v1/admin/wallets/{id}/credits}), who sends one packet of {@code --shares}
 * shares (default one per grabber) and {@code --total-cents} (default 100 a share, at most
 * 2,000,000). Then every grabber grabs ({@code POST /api/v1/redpacks/{id}/grab}), and next every
 * granted grabber opens ({@code .../open}), {@code --concurrency} at a time (default 32), each
 * phase timed on its own. Counts the outcomes (granted, {@code SOLD_OUT}, errors), checks that the
 * claims add up to the total ({@code GET /api/v1/redpacks/{id}}), and measures how long after the
 * last open every claim was credited: the ledger check's {@code transfers} count rises by one per
 * credited claim, and is polled every {@code --ledger-poll-ms} (default 200) until it reaches its
 * count before the storm plus the claims. The check scans the whole ledger, so polling it loads the
 * database the credits are written to.
 * The server must allow the packet: {@code CHAT_REDPACK_MAX_COUNT} (default 1,000) at least the
 * shares, {@code CHAT_REDPACK_MAX_TOTAL_CENTS} (default 2,000,000) at least the total.
 */
final class RedPackScenario implements Scenario {

    static final Duration CREDIT_WAIT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "redpack";
    }

    /** 100 cents a share, but at least a cent a share and at most the server's default maximum. */
    static int defaultTotalCents(int shares) {
        return (int) Math.max(shares, Math.min(100L * shares, 2_000_000));
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        Options options = context.options();
        int grabbers = options.integer("grabbers", 10_000, 1, 100_000);
        int shares = options.integer("shares", grabbers, 1, grabbers);
        int total = options.integer("total-cents", defaultTotalCents(shares), shares, 100_000_000);
        int concurrency = options.integer("concurrency", 32, 1, 256);
        Duration poll = Duration.ofMillis(options.integer("ledger-poll-ms", 200, 10, 60_000));
        Deadline deadline = context.newDeadline();
        ResultTable table = new ResultTable("redpack: " + grabbers + " members grab and open one red packet of "
                + shares + " shares")
                .parameters(context.parameters(name(), "grabbers", grabbers, "shares", shares, "total-cents", total,
                        "concurrency", concurrency, "ledger-poll-ms", poll.toMillis()));

        var ready = MessageGroupSetup.build(context, name(), "p", grabbers + 1, concurrency, deadline, table);
        if (ready.groupId() == null) {
            return table;
        }
        RedPackApi redpacks = new RedPackApi(context.api());
        String senderId = ready.users().get(0).id();
        String senderToken = ready.tokens().get(0);
        List<String> tokens = ready.tokens().subList(1, grabbers + 1);
        String prefix = context.names().prefix();
        var credit = SingleCall.run(deadline, () -> redpacks.credit(senderId, total, prefix + "-credit",
                deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        var packet = SingleCall.run(deadline, () -> credit.ok() ? redpacks.send(ready.groupId(), senderToken, total,
                shares, prefix + "-packet", deadline.cap(ChatApi.REQUEST_TIMEOUT)) : null);
        var before = SingleCall.run(deadline, () -> redpacks.ledger(deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        table.row("setup: sender credited, packet sent", (credit.ok() ? total + " cents credited" : "no credit") + ", "
                        + (packet.ok() ? "packet " + packet.value() : "no packet") + ", ledger transfers before the storm "
                        + (before.ok() ? before.value().transfers() : "not read"))
                .row("setup: errors", LoopOutcome.errorSummary(credit.outcome(), packet.outcome(), before.outcome()))
                .requireClean(credit.outcome(), packet.outcome(), before.outcome());
        if (!packet.ok() || !before.ok()) {
            return table.row("storm", "not run: no packet or no ledger count").incomplete();
        }
        String id = packet.value();

        Progress.say("redpack: %d grabs, %d at a time", grabbers, concurrency);
        boolean[] granted = new boolean[grabbers];
        boolean[] soldOut = new boolean[grabbers];
        long stormStart = System.nanoTime();
        LoopOutcome grabbing = ConcurrentLoop.run(grabbers, concurrency, deadline, i -> {
            try {
                redpacks.grab(id, tokens.get(i), deadline.cap(ChatApi.REQUEST_TIMEOUT));
                granted[i] = true;
            } catch (ApiException e) {
                if (!"SOLD_OUT".equals(e.code())) {
                    throw e;
                }
                soldOut[i] = true;
            }
        });
        int[] openers = IntStream.range(0, grabbers).filter(i -> granted[i]).toArray();
        int soldOutCount = (int) IntStream.range(0, grabbers).filter(i -> soldOut[i]).count();

        Progress.say("redpack: %d opens, %d at a time", openers.length, concurrency);
        long[] amounts = new long[openers.length];
        Arrays.fill(amounts, -1);
        AtomicLong lastOpen = new AtomicLong(System.nanoTime());
        LoopOutcome opening = ConcurrentLoop.run(openers.length, concurrency, deadline, k -> {
            amounts[k] = redpacks.open(id, tokens.get(openers[k]), deadline.cap(ChatApi.REQUEST_TIMEOUT));
            lastOpen.accumulateAndGet(System.nanoTime(), Math::max);
        });
        long opened = Arrays.stream(amounts).filter(a -> a >= 0).count();
        long openedCents = Arrays.stream(amounts).filter(a -> a >= 0).sum();
        long stormEnd = lastOpen.get();

        table.row("grabs answered", (openers.length + soldOutCount) + " of " + grabbers + " in "
                        + Units.seconds(grabbing.wallNanos()) + " (" + concurrency + " at a time)")
                .row("grabs/second", Units.perSecond((openers.length + soldOutCount) / (grabbing.wallNanos() / 1e9)))
                .expect("grabs granted", openers.length, shares, "--shares")
                .expect("grabs answered SOLD_OUT", soldOutCount, grabbers - shares, "--grabbers - --shares")
                .latency("grab latency, granted", millis(grabbing, granted))
                .latency("grab latency, SOLD_OUT", millis(grabbing, soldOut))
                .row("grab errors", grabbing.errorSummary())
                .row("opens", opened + " of " + openers.length + " in " + Units.seconds(opening.wallNanos()))
                .row("opens/second", Units.perSecond(opening.perSecond()))
                .latency("open latency", opening.latencyMillis())
                .row("open errors", opening.errorSummary())
                .row("whole storm (first grab to last open)", Units.seconds(stormEnd - stormStart))
                .requireClean(grabbing, opening);

        awaitCredits(table, redpacks, before.value().transfers(), opened, stormEnd, poll, deadline);

        var view = SingleCall.run(deadline, () -> redpacks.packet(id, senderToken, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
        if (!view.ok()) {
            return table.row("packet", "not read: " + view.outcome().errorSummary()).incomplete();
        }
        RedPackApi.Packet seen = view.value();
        return table.row("packet (GET /redpacks/{id})", "status " + seen.status() + ", remainingCount "
                        + seen.remainingCount() + ", remainingCents " + seen.remainingCents())
                .expect("claims in the packet", seen.claims(), opened, "opens")
                .expect("claims, cents summed", seen.claimedCents(), total, "--total-cents")
                .expect("cents the opens answered, summed", openedCents, seen.claimedCents(), "claims summed");
    }

    /**
     * Polls the ledger check until its transfers count reached {@code before + claims}, and reports
     * how long after the last open that was, and whether the ledger was balanced then.
     */
    private static void awaitCredits(ResultTable table, RedPackApi redpacks, long before, long claims, long lastOpen,
            Duration poll, Deadline deadline) throws InterruptedException {
        long target = before + claims;
        LongSamples checkNanos = new LongSamples();
        long firstSeen = -1;
        RedPackApi.Ledger ledger = null;
        String error = null;
        long landedAt = -1;
        Progress.say("redpack: polling the ledger check until %d claims are credited", claims);
        while (!deadline.expired() && System.nanoTime() - lastOpen < CREDIT_WAIT.toNanos()) {
            long t0 = System.nanoTime();
            try {
                ledger = redpacks.ledger(deadline.cap(ChatApi.REQUEST_TIMEOUT));
            } catch (ApiException | IOException e) {
                error = e.toString();
                break;
            }
            long t1 = System.nanoTime();
            checkNanos.add(t1 - t0);
            firstSeen = firstSeen < 0 ? ledger.transfers() - before : firstSeen;
            if (ledger.transfers() >= target) {
                landedAt = t1;
                break;
            }
            Thread.sleep(poll.toMillis());
        }
        table.row("credited by the first ledger check after the last open", firstSeen < 0 ? "not read"
                        : firstSeen + " of " + claims)
                .row("all credits landed (ledger transfers = before + claims)", landedAt < 0
                        ? "NOT within the wait" + (error == null ? "" : " (" + error + ")")
                        : Units.seconds(landedAt - lastOpen) + " after the last open (" + checkNanos.size()
                                + " checks, " + poll.toMillis() + " ms apart)")
                .latency("ledger check latency (GET /admin/ledger/check)",
                        Stats.of(Arrays.stream(checkNanos.toArray()).mapToDouble(Units::toMillis).toArray()));
        if (ledger == null) {
            table.incomplete();
            return;
        }
        table.expect("ledger transfers at the end", ledger.transfers(), target, "before + claims")
                .row("ledger balanced at the end", ledger.balanced());
        if (!ledger.balanced()) {
            table.incomplete();
        }
    }

    private static Stats millis(LoopOutcome outcome, boolean[] which) {
        return Stats.of(IntStream.range(0, which.length).filter(i -> which[i] && outcome.succeeded(i))
                .mapToDouble(i -> Units.toMillis(outcome.nanos()[i])).toArray());
    }
}
