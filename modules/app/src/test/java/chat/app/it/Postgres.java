package chat.app.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tests' PostgreSQL, stopped and started under the running server: the embedded one the build
 * started (under {@code target/it-db}), or else the machine's own cluster on port 5432
 * ({@code pg_ctlcluster}, as root or its owner).
 */
final class Postgres {

    private static final Path IT_DB = Path.of(System.getProperty("chat.it.dbVarDir"));
    private static final String SCRIPT = System.getProperty("chat.it.script");

    private Postgres() {
    }

    static void stop() throws Exception {
        if (embedded()) {
            run(List.of("bash", SCRIPT, "db-stop"));
        } else {
            run(cluster("stop"));
        }
    }

    static void start() throws Exception {
        if (embedded()) {
            run(List.of("bash", SCRIPT, "db-start"));
        } else {
            run(cluster("start"));
        }
    }

    private static boolean embedded() {
        return Files.exists(IT_DB.resolve("postgres.pid"));
    }

    /** {@code pg_ctlcluster <version> <name> <action>} for the cluster that listens on 5432. */
    private static List<String> cluster(String action) throws Exception {
        Process list = new ProcessBuilder("pg_lsclusters", "--no-header").start();
        String out = new String(list.getInputStream().readAllBytes());
        list.waitFor(10, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[2].equals("5432")) {
                return List.of("pg_ctlcluster", "--skip-systemctl-redirect", columns[0], columns[1], action, "-m", "fast");
            }
        }
        throw new IllegalStateException("no PostgreSQL cluster on 5432 in: " + out);
    }

    private static void run(List<String> command) throws Exception {
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of("CHAT_VAR_DIR", IT_DB.toString()));
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
