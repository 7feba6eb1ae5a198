package chat.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cluster on this machine run by {@code bin/chat-cluster}, as an IT team would run it: the
 * script's own commands start, kill and stop it. Its broker is a replicated pair, as in production.
 * Its nodes, brokers, JGroups ports and front door sit on ports of their own, and its database is
 * its own, so that it never meets the test server.
 */
final class Cluster {

    static final int BASE_PORT = 9180;
    static final int FRONT_PORT = 9190;
    static final int BROKER_PORT = 61816;
    static final String DB_NAME = "chat_cluster_it";

    private final Path project = Path.of(System.getProperty("chat.it.projectDir"));
    private final Path directory = project.resolve("modules/app/target/cluster");
    private final Path output = directory.resolve("chat-cluster.out");
    private final Map<String, String> settings;

    /** A cluster whose nodes take these settings on top of the cluster's own (rate limits...). */
    Cluster(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    static String node(int k) {
        return "http://127.0.0.1:" + (BASE_PORT + k);
    }

    static String front() {
        return "http://127.0.0.1:" + FRONT_PORT;
    }

    /** Starts what is not running of a cluster of n nodes; returns when every node is ready. */
    void start(int nodes) throws IOException, InterruptedException {
        run(List.of("start", String.valueOf(nodes)), 15);
    }

    void stop() throws IOException, InterruptedException {
        run(List.of("stop"), 5);
    }

    /** SIGKILL to node k's JVM, through the script. */
    void kill(int k) throws IOException, InterruptedException {
        run(List.of("kill", String.valueOf(k)), 1);
    }

    /** SIGKILL to the active broker of the pair, through the script; returns once the other took over. */
    void killBroker() throws IOException, InterruptedException {
        run(List.of("kill-broker"), 2);
    }

    /** A rolling restart of every node, through the script. */
    void restart() throws IOException, InterruptedException {
        run(List.of("restart"), 15);
    }

    /** The database the cluster's nodes share, dropped so that a run starts empty. */
    void dropDatabase() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             var drop = c.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
        }
    }

    private void run(List<String> arguments, int minutes) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("bin/chat-cluster").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        Map<String, String> environment = builder.environment();
        // The test server's own settings do not describe this cluster.
        environment.keySet().removeIf(name -> name.startsWith("CHAT_"));
        environment.putAll(settings);
        environment.put("CHAT_CLUSTER_DIR", directory.toString());
        environment.put("CHAT_CLUSTER_BASE_PORT", String.valueOf(BASE_PORT));
        environment.put("CHAT_CLUSTER_HTTPS_BASE_PORT", String.valueOf(BASE_PORT + 400));
        environment.put("CHAT_CLUSTER_FRONT_PORT", String.valueOf(FRONT_PORT));
        environment.put("CHAT_CLUSTER_BROKER_PORT", String.valueOf(BROKER_PORT));
        environment.put("CHAT_CLUSTER_CACHE_PORT", "7900");
        environment.put("CHAT_CLUSTER_BROKER_BACKUP", "true");
        environment.put("CHAT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DB_NAME);
        environment.put("CHAT_ADMIN_API_KEY", Api.ADMIN_KEY);
        // The nodes are made of the test server's configuration and the WAR this build made.
        environment.put("CHAT_CLUSTER_SERVER_TEMPLATE", Path.of(System.getProperty("chat.it.wlpHome"))
                .resolve("usr/servers/" + System.getProperty("chat.it.serverName")).toString());
        environment.put("CHAT_CLUSTER_WAR", System.getProperty("chat.it.war"));
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("bin/chat-cluster " + String.join(" ", arguments) + " took over " + minutes
                    + " minutes: see " + output);
        }
        if (process.exitValue() != 0) {
            throw new IOException("bin/chat-cluster " + String.join(" ", arguments) + " failed (" + process.exitValue()
                    + "): see " + output + "\n" + tail());
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
