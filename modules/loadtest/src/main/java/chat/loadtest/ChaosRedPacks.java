package chat.loadtest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The money of {@code chaos}: {@code --redpacks} red packets spread over the run (packet k once
 * the kept acks reach k+1 parts of {@code redpacks + 1}), so some are sent, grabbed and opened
 * around the faults. Group g's owner sends packet k (group k mod groups) of 3 shares of 100 cents
 * each on average; the next three members grab and open it. Every call is retried while the
 * server is away, with the same {@code clientId} for the send; a grab answered ALREADY_GRABBED on
 * a retry had worked. Each claimer's opened amounts are added up, for the wallets to be checked.
 */
final class ChaosRedPacks implements Runnable {

    static final int SHARES = 3;
    static final long CENTS_PER_SHARE = 100;

    private final ChaosPlan plan;
    private final RedPackApi money;
    private final List<String> groupIds;
    private final List<String> tokens;
    private final String prefix;
    private final LongSupplier kept;
    private final BooleanSupplier sendingDone;
    private final Deadline deadline;
    private final Map<Integer, AtomicLong> openedByClient = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    ChaosRedPacks(ChaosPlan plan, RedPackApi money, List<String> groupIds, List<String> tokens, String prefix,
            LongSupplier kept, BooleanSupplier sendingDone, Deadline deadline) {
        this.plan = plan;
        this.money = money;
        this.groupIds = groupIds;
        this.tokens = tokens;
        this.prefix = prefix;
        this.kept = kept;
        this.sendingDone = sendingDone;
        this.deadline = deadline;
    }

    @Override
    public void run() {
        try {
            for (int k = 0; k < plan.redpacks() && !deadline.expired(); k++) {
                long at = (long) plan.sends() * (k + 1) / (plan.redpacks() + 1);
                while (kept.getAsLong() < at && !sendingDone.getAsBoolean()) {
                    Thread.sleep(50);
                }
                packet(k);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void packet(int k) throws InterruptedException {
        int group = k % plan.groups();
        int owner = group * plan.groupSize();
        try {
            String id = Retrying.call(deadline, () -> money.send(groupIds.get(group), tokens.get(owner),
                    SHARES * CENTS_PER_SHARE, SHARES, prefix + "-rp-" + k, deadline.cap(ChatApi.REQUEST_TIMEOUT)));
            sent.incrementAndGet();
            for (int m = 1; m <= Math.min(SHARES, plan.groupSize() - 1); m++) {
                int claimer = owner + m;
                grab(id, tokens.get(claimer));
                long cents = Retrying.call(deadline, () -> money.open(id, tokens.get(claimer),
                        deadline.cap(ChatApi.REQUEST_TIMEOUT)));
                openedByClient.computeIfAbsent(claimer, c -> new AtomicLong()).addAndGet(cents);
                opened.incrementAndGet();
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, "packet " + k + ": " + e);
        }
    }

    private void grab(String id, String token) throws Exception {
        try {
            Retrying.call(deadline, () -> {
                money.grab(id, token, deadline.cap(ChatApi.REQUEST_TIMEOUT));
                return null;
            });
        } catch (ApiException e) {
            if (!"ALREADY_GRABBED".equals(e.code())) { // a retried grab whose first answer was lost had worked
                throw e;
            }
        }
    }

    /** The cents each claimer (by client index) opened, which its wallet must come to hold. */
    Map<Integer, Long> openedByClient() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        openedByClient.forEach((c, cents) -> copy.put(c, cents.get()));
        return copy;
    }

    int sent() {
        return sent.get();
    }

    int opened() {
        return opened.get();
    }

    String errorSummary() {
        return errors.get() == 0 ? "0" : errors.get() + " (first: " + firstError.get() + ")";
    }
}
