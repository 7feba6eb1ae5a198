package chat.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client-side bookkeeping of {@code chaos}: every send frame, every ack (kept or dropped on
 * purpose), every retry and every error, and the seq each clientMsgId was acknowledged with.
 * Whether an ack is dropped is decided by a hash of the clientMsgId and the attempt, so a run
 * drops the same acks whatever the thread timing, and about {@code dropPercent} in 100 of them.
 * An ack for a clientMsgId already acknowledged with another seq is a duplicate the server made:
 * it is counted, never hidden.
 */
final class AckBook {

    /** What the client does with an ack it received. */
    enum Verdict { KEEP, DROP }

    private final int dropPercent;
    private final Map<String, Long> ackedSeqs = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errorsByCode = new ConcurrentHashMap<>();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong acks = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong seqDisagreements = new AtomicLong();
    private final Map<String, AtomicLong> connectErrors = new ConcurrentHashMap<>();
    private final AtomicLong reconnects = new AtomicLong();
    private final Map<String, AtomicLong> lateAnswers = new ConcurrentHashMap<>();

    AckBook(int dropPercent) {
        if (dropPercent < 0 || dropPercent > 99) {
            throw new IllegalArgumentException("dropPercent must be 0 to 99: " + dropPercent);
        }
        this.dropPercent = dropPercent;
    }

    /** Whether the ack of this attempt (1, 2, ...) of this message is one the client pretends not to have seen. */
    boolean drops(String clientMsgId, int attempt) {
        int h = (clientMsgId.hashCode() * 31 + attempt) * 0x9E3779B1;
        return Math.floorMod(h ^ (h >>> 16), 100) < dropPercent;
    }

    void sent(int attempt) {
        sends.incrementAndGet();
        if (attempt > 1) {
            retries.incrementAndGet();
        }
    }

    /**
     * An ack arrived for this attempt: dropped on purpose, or kept and its seq remembered. A seq
     * that differs from an earlier ack of the same clientMsgId (kept or dropped) is a disagreement.
     */
    Verdict ack(String clientMsgId, int attempt, long seq) {
        acks.incrementAndGet();
        Long before = ackedSeqs.putIfAbsent(clientMsgId, seq);
        if (before != null && before != seq) {
            seqDisagreements.incrementAndGet();
        }
        if (drops(clientMsgId, attempt)) {
            dropped.incrementAndGet();
            return Verdict.DROP;
        }
        kept.incrementAndGet();
        return Verdict.KEEP;
    }

    /** An error frame's code, a timeout ({@code NO_ANSWER}) or a socket lost with the send in flight ({@code SOCKET_LOST}). */
    void error(String code) {
        errorsByCode.computeIfAbsent(code == null ? "UNKNOWN" : code, c -> new AtomicLong()).incrementAndGet();
    }

    /** A socket that had been open was opened again. */
    void reconnected() {
        reconnects.incrementAndGet();
    }

    /** A ticket or handshake that failed: the contract's code, the HTTP status, or the exception's class. */
    void connectError(String what) {
        connectErrors.computeIfAbsent(what, c -> new AtomicLong()).incrementAndGet();
    }

    /**
     * An ack or error frame that came after its send was given up (the ack timeout passed, or the
     * ack was kept already): {@code ack} or the error's code. Tells a server that answers slowly
     * from one that never answers.
     */
    void lateAnswer(String what) {
        lateAnswers.computeIfAbsent(what == null ? "UNKNOWN" : what, c -> new AtomicLong()).incrementAndGet();
    }

    String lateAnswerSummary() {
        return summary(lateAnswers);
    }

    long reconnects() {
        return reconnects.get();
    }

    String connectErrorSummary() {
        return summary(connectErrors);
    }

    /** Every clientMsgId acknowledged at least once (kept or dropped), with the seq of its first ack. */
    Map<String, Long> ackedSeqs() {
        return Map.copyOf(ackedSeqs);
    }

    long sends() {
        return sends.get();
    }

    long acks() {
        return acks.get();
    }

    /** Messages done: acks kept, one per message. */
    long kept() {
        return kept.get();
    }

    long dropped() {
        return dropped.get();
    }

    long retries() {
        return retries.get();
    }

    long seqDisagreements() {
        return seqDisagreements.get();
    }

    /** {@code CODE n, CODE n} sorted by code, or 0. */
    String errorSummary() {
        return summary(errorsByCode);
    }

    private static String summary(Map<String, AtomicLong> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((code, n) -> sorted.put(code, n.get()));
        if (sorted.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((code, n) -> out.append(out.length() == 0 ? "" : ", ").append(code).append(' ').append(n));
        return out.toString();
    }
}
