package chat.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL fault of {@code chaos}: the Debian cluster on port 5432 (found with
 * {@code pg_lsclusters}) stopped with {@code pg_ctlcluster --skip-systemctl-redirect <ver> <name>
 * stop -m fast}, left down a few seconds, then started. The start is retried until it works, as
 * other people's tests use the same PostgreSQL.
 */
final class PostgresRestart {

    static final int PORT = 5432;

    /** A Debian PostgreSQL cluster: version and name. */
    record Cluster(String version, String name) {
    }

    private PostgresRestart() {
    }

    /** The cluster of {@code pg_lsclusters --no-header} output that listens on {@code port}. */
    static Cluster find(String lsclusters, int port) {
        for (String line : lsclusters.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[2].equals(String.valueOf(port))) {
                return new Cluster(f[0], f[1]);
            }
        }
        throw new IllegalStateException("no PostgreSQL cluster on port " + port + " in pg_lsclusters: " + lsclusters);
    }

    static Cluster find() throws IOException, InterruptedException {
        return find(run(List.of("pg_lsclusters", "--no-header")), PORT);
    }

    /** Stops the cluster, waits {@code down}, starts it; throws only if it cannot be started again. */
    static void restart(Cluster cluster, Duration down) throws IOException, InterruptedException {
        try {
            run(command(cluster, "stop", "-m", "fast"));
            Thread.sleep(down.toMillis());
        } finally {
            start(cluster);
        }
    }

    /** Starts the cluster unless it runs; tries for a minute. */
    static void start(Cluster cluster) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            if (online(cluster)) {
                return;
            }
            try {
                run(command(cluster, "start"));
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(2_000);
            }
        }
        throw last;
    }

    static boolean online(Cluster cluster) throws IOException, InterruptedException {
        String status = run(List.of("pg_lsclusters", "--no-header", cluster.version(), cluster.name()));
        return status.contains(" online");
    }

    private static List<String> command(Cluster cluster, String action, String... more) {
        List<String> command = new java.util.ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect",
                cluster.version(), cluster.name(), action));
        command.addAll(List.of(more));
        return command;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 2 minutes");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + out.trim());
        }
        return out;
    }
}
