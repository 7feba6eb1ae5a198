package chat.loadtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/** One scenario's results: a two-column Markdown table and the line of exact parameters. */
final class ResultTable {

    private final String scenario;
    private final List<String[]> rows = new ArrayList<>();
    private String parameters = "";
    private boolean complete = true;

    ResultTable(String scenario) {
        this.scenario = scenario;
    }

    ResultTable row(String metric, Object value) {
        rows.add(new String[] {metric, String.valueOf(value)});
        return this;
    }

    /** Two rows, median and p99, each naming the sample count. */
    ResultTable latency(String what, Stats stats) {
        return percentiles(what, stats, Units::millis);
    }

    ResultTable percentiles(String what, Stats stats, DoubleFunction<String> format) {
        if (stats.isEmpty()) {
            return row(what, "no samples");
        }
        row(what + " median (n=" + stats.count() + ")", format.apply(stats.median()));
        return row(what + " p99 (n=" + stats.count() + ")", format.apply(stats.p99()));
    }

    /** Marks the table incomplete unless every outcome is clean (all steps ran, none failed). */
    ResultTable requireClean(LoopOutcome... outcomes) {
        for (LoopOutcome outcome : outcomes) {
            complete &= outcome.clean();
        }
        return this;
    }

    /**
     * A count that must equal {@code expected} ({@code rule} says why, e.g. "users + 1"): one row
     * saying whether it does; a mismatch makes the table incomplete.
     */
    ResultTable expect(String metric, long actual, long expected, String rule) {
        boolean equal = actual == expected;
        row(metric, actual + " (must equal " + rule + " = " + expected + ": " + (equal ? "OK" : "MISMATCH") + ")");
        return equal ? this : incomplete();
    }

    /** Like {@link #expect}, for one count per request or pass: each must equal {@code expected}. */
    ResultTable expectEach(String metric, long[] actual, long expected, String rule) {
        if (actual.length == 0) {
            return row(metric, "no samples").incomplete();
        }
        long min = Arrays.stream(actual).min().getAsLong();
        long max = Arrays.stream(actual).max().getAsLong();
        if (min == max) {
            return expect(metric + " (all " + actual.length + " alike)", min, expected, rule);
        }
        return row(metric, "from " + min + " to " + max + " over " + actual.length + " (each must equal " + rule + " = "
                + expected + ": MISMATCH)").incomplete();
    }

    ResultTable incomplete() {
        complete = false;
        return this;
    }

    /** False when some step failed, a count did not match, or the time limit cut a loop short. */
    boolean complete() {
        return complete;
    }

    ResultTable parameters(String line) {
        this.parameters = line;
        return this;
    }

    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(scenario).append("\n\n");
        out.append("| metric | value |\n|---|---|\n");
        for (String[] row : rows) {
            out.append("| ").append(escape(row[0])).append(" | ").append(escape(row[1])).append(" |\n");
        }
        out.append("\nParameters: `").append(parameters).append("`\n");
        if (!complete) {
            out.append("\n**Incomplete run:** some requests failed, a count did not match (MISMATCH), or the time limit")
                    .append(" was reached; see the errors rows.\n");
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
