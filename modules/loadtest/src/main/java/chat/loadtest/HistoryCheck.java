package chat.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The final check of {@code chaos} on one conversation's history as the REST API returns it:
 * seqs must run 1..N with no gap and no repeat, no clientMsgId of this sender set may be stored
 * twice, and every clientMsgId the clients had acknowledged must be stored, under the seq its
 * ack named. Messages without a clientMsgId (SYSTEM, red packets) take seqs but are not counted
 * as sends.
 */
final class HistoryCheck {

    /** One stored message: its seq and its clientMsgId (null for SYSTEM messages). */
    record Stored(long seq, String clientMsgId) {
    }

    /** What was found; {@code examples} names a few of the problems for the report. */
    record Result(long messages, long gaps, long repeatedSeqs, long duplicates, long missing, long wrongSeq,
            List<String> examples) {

        boolean clean() {
            return gaps == 0 && repeatedSeqs == 0 && duplicates == 0 && missing == 0 && wrongSeq == 0;
        }

        Result plus(Result other) {
            List<String> both = new ArrayList<>(examples);
            other.examples.stream().limit(Math.max(0, MAX_EXAMPLES - both.size())).forEach(both::add);
            return new Result(messages + other.messages, gaps + other.gaps, repeatedSeqs + other.repeatedSeqs,
                    duplicates + other.duplicates, missing + other.missing, wrongSeq + other.wrongSeq, both);
        }

        static Result empty() {
            return new Result(0, 0, 0, 0, 0, 0, List.of());
        }
    }

    static final int MAX_EXAMPLES = 10;

    private HistoryCheck() {
    }

    /**
     * @param history the conversation's messages in the order the API gave them
     * @param acked the clientMsgIds acknowledged in this conversation, with the seq of their first ack
     */
    static Result check(String conversation, List<Stored> history, Map<String, Long> acked) {
        List<String> examples = new ArrayList<>();
        long gaps = 0;
        long repeated = 0;
        long expected = 1;
        for (Stored message : history) {
            if (message.seq() < expected) {
                repeated++;
                note(examples, conversation + ": seq " + message.seq() + " again after " + (expected - 1));
                continue;
            }
            if (message.seq() > expected) {
                gaps += message.seq() - expected;
                note(examples, conversation + ": seqs " + expected + ".." + (message.seq() - 1) + " missing");
            }
            expected = message.seq() + 1;
        }
        Map<String, Long> stored = new HashMap<>();
        long duplicates = 0;
        for (Stored message : history) {
            if (message.clientMsgId() != null && stored.putIfAbsent(message.clientMsgId(), message.seq()) != null) {
                duplicates++;
                note(examples, conversation + ": " + message.clientMsgId() + " stored again at seq " + message.seq()
                        + " (first at " + stored.get(message.clientMsgId()) + ")");
            }
        }
        long missing = 0;
        long wrongSeq = 0;
        for (var ack : acked.entrySet()) {
            Long seq = stored.get(ack.getKey());
            if (seq == null) {
                missing++;
                note(examples, conversation + ": " + ack.getKey() + " acknowledged with seq " + ack.getValue()
                        + " but not stored");
            } else if (!seq.equals(ack.getValue())) {
                wrongSeq++;
                note(examples, conversation + ": " + ack.getKey() + " acknowledged with seq " + ack.getValue()
                        + " but stored at " + seq);
            }
        }
        return new Result(history.size(), gaps, repeated, duplicates, missing, wrongSeq, examples);
    }

    private static void note(List<String> examples, String problem) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(problem);
        }
    }
}
