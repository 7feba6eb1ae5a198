package chat.loadtest;

import java.util.ArrayList;
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

    ResultTable incomplete() {
        complete = false;
        return this;
    }

    /** False when some step failed or the time limit cut a loop short: the numbers are partial. */
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
            out.append("\n**Incomplete run:** some requests failed or the time limit was reached; see the errors rows.\n");
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
