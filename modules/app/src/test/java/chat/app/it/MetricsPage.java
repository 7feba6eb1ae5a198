package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's {@code chat_} figures as {@code /metrics} shows them (Prometheus text), read once. */
final class MetricsPage {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^(chat_\\w+)(?:\\{[^}]*})? (\\S+)$");

    final String text;
    private final Map<String, Double> values = new HashMap<>();

    private MetricsPage(String text) {
        this.text = text;
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            values.merge(sample.group(1), Double.parseDouble(sample.group(2)), Double::sum);
        }
    }

    static MetricsPage read(Api api) {
        var page = api.get("/metrics?scope=application", null);
        assertEquals(200, page.status(), page.raw());
        return new MetricsPage(page.raw());
    }

    /** The series' value (summed over its labels); NaN when the page has none of that name. */
    double value(String series) {
        return values.getOrDefault(series, Double.NaN);
    }

    /** Reads the page until the series' value passes the test, for up to ten seconds; answers the last page. */
    static MetricsPage awaiting(Api api, String series, LongPredicate test) {
        MetricsPage page = read(api);
        long until = System.nanoTime() + 10_000_000_000L;
        while (!(test.test((long) page.value(series))) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            page = read(api);
        }
        return page;
    }
}
