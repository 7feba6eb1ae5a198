package chat.loadtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code chaos}: the delivery pipeline under faults (issue 15). The run owns its server: a
 * standalone Artemis broker in this JVM, the database {@code --db-name} dropped and made again,
 * {@code bin/chat-server start} on the {@code --base} port with that broker as CHAT_BROKER_URL.
 * {@code --clients} users in {@code --groups} operator groups, each on its own WebSocket, send
 * {@code --sends} TEXT messages, each until acknowledged ({@link ChaosClient}), dropping
 * {@code --drop-acks-percent} of the acks on purpose; meanwhile {@link ChaosFaults} kills the
 * server with SIGKILL and starts it again, restarts the broker and restarts PostgreSQL, and
 * {@link ChaosRedPacks} moves some money. At the end {@link ChaosVerdict} reads every group's
 * history, the claimers' wallets and the ledger check, and the table prints what was found.
 */
final class ChaosScenario implements Scenario {

    @Override
    public String name() {
        return "chaos";
    }

    @Override
    public ResultTable run(RunContext context) throws Exception {
        ChaosPlan plan = ChaosPlan.from(context.options());
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("bin/chat-server"))) {
            throw new IllegalArgumentException("run chaos from the repository root: no bin/chat-server in " + root);
        }
        if (answers(context.base().getHost(), context.base().getPort())) {
            throw new IllegalArgumentException("something answers on " + context.base() + " already; chaos starts and"
                    + " kills a server of its own there: choose a free port in --base (e.g. http://localhost:9280)");
        }
        ResultTable table = new ResultTable("chaos: sends with dropped acks through a server kill, a broker restart"
                + " and a PostgreSQL restart")
                .parameters(context.parameters(name(), "clients", plan.clients(), "groups", plan.groups(), "sends",
                        plan.sends(), "drop-acks-percent", plan.dropPercent(), "ack-timeout-ms",
                        plan.ackTimeout().toMillis(), "faults-at", String.join(",", plan.faultsAt().stream()
                                .map(String::valueOf).toList()), "pg-down-seconds", plan.pgDown().toSeconds(),
                        "redpacks", plan.redpacks(), "db-name", plan.dbName(), "broker-port", plan.brokerPort()));
        wipe(plan.varDir());
        ChaosBroker broker = new ChaosBroker(plan.varDir().resolve("broker"), plan.brokerPort());
        ChaosServer server = new ChaosServer(root, ChaosServer.environment(plan, context.base(), context.key().value()),
                context.base(), plan.varDir().resolve("chat-server.out"));
        PostgresRestart.Cluster cluster = PostgresRestart.find();
        broker.start();
        try {
            server.dropDatabase(plan.dbName());
            Progress.say("chaos: starting the server on %s (database %s, broker %s)", context.base(), plan.dbName(),
                    broker.url());
            server.start();
            ChaosFaults.Action restartBroker = () -> {
                broker.stop();
                Thread.sleep(2_000);
                broker.start();
            };
            List<ChaosFaults.Action> faults = List.of(() -> {
                server.kill();
                server.start();
            }, restartBroker, () -> PostgresRestart.restart(cluster, plan.pgDown()));
            new ChaosRun(context, plan, table, faults, server::ready).run();
        } finally {
            stopQuietly("the server", server::stop);
            stopQuietly("the broker", broker::stop);
            PostgresRestart.start(cluster); // whatever happened, leave PostgreSQL running for everyone else
        }
        table.row("server log", root.resolve("modules/app/target/liberty/wlp/usr/servers/chat/logs/messages.log"));
        return table;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Empties the run's var directory; refuses a directory whose name does not say chaos. */
    private static void wipe(Path dir) throws IOException {
        if (!dir.getFileName().toString().contains("chaos")) {
            throw new IllegalArgumentException("--var-dir is wiped at the start: its name must contain 'chaos': " + dir);
        }
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    private interface Stop {
        void stop() throws Exception;
    }

    private static void stopQuietly(String what, Stop stop) {
        try {
            stop.stop();
        } catch (Exception e) {
            Progress.say("chaos: could not stop %s: %s", what, e);
        }
    }

    static List<String> ids(String prefix, int group, int client, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ids.add(prefix + "-g" + group + "-c" + client + "-" + n);
        }
        return ids;
    }
}
