package chat.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The options of one {@code chaos} run, checked when the run starts. */
record ChaosPlan(int clients, int groups, int sends, int dropPercent, Duration ackTimeout, List<Integer> faultsAt,
        Duration pgDown, int redpacks, Path varDir, String dbName, int brokerPort, int httpsPort) {

    /** The faults, in the order they are injected at {@link #faultsAt}. */
    static final List<String> FAULTS = List.of("kill -9 of the server", "broker restart", "PostgreSQL restart");

    static ChaosPlan from(Options options) {
        int clients = options.integer("clients", 200, 2, 5_000);
        int groups = options.integer("groups", 20, 1, clients / 2);
        if (clients % groups != 0) {
            throw new IllegalArgumentException("--clients (" + clients + ") must split evenly into --groups (" + groups + ")");
        }
        String db = options.string("db-name", "chat_chaos");
        if (!db.matches("[a-z_][a-z0-9_]{0,62}") || db.equals("chat") || db.equals("chat_it")) {
            throw new IllegalArgumentException("--db-name must be a plain lower-case name other than chat and chat_it"
                    + " (it is dropped at the start): " + db);
        }
        return new ChaosPlan(clients, groups, options.integer("sends", 100_000, 1, 10_000_000),
                options.integer("drop-acks-percent", 10, 0, 99),
                Duration.ofMillis(options.integer("ack-timeout-ms", 3_000, 100, 60_000)),
                faultsAt(options.string("faults-at", "25,50,75")),
                Duration.ofSeconds(options.integer("pg-down-seconds", 5, 0, 120)),
                options.integer("redpacks", 20, 0, 1_000),
                Path.of(options.string("var-dir", "modules/loadtest/target/chaos-var")).toAbsolutePath().normalize(),
                db, options.integer("broker-port", 61_916, 1_024, 65_535),
                options.integer("https-port", 9_963, 1_024, 65_535));
    }

    /** Three percentages, ascending, each 1 to 99. */
    static List<Integer> faultsAt(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != FAULTS.size()) {
            throw new IllegalArgumentException("--faults-at needs " + FAULTS.size() + " percentages: " + text);
        }
        List<Integer> points = new ArrayList<>();
        for (String part : parts) {
            int p;
            try {
                p = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--faults-at takes whole percentages: " + text);
            }
            if (p < 1 || p > 99 || (!points.isEmpty() && p <= points.get(points.size() - 1))) {
                throw new IllegalArgumentException("--faults-at must rise from 1 to 99: " + text);
            }
            points.add(p);
        }
        return List.copyOf(points);
    }

    /** The number of kept acks at which fault {@code i} starts. */
    long threshold(int i) {
        return (long) sends * faultsAt.get(i) / 100;
    }

    int groupSize() {
        return clients / groups;
    }

    /** The messages client {@code c} sends: an even share, the first clients one more when it does not divide. */
    int sharesOf(int c) {
        return sends / clients + (c < sends % clients ? 1 : 0);
    }
}
