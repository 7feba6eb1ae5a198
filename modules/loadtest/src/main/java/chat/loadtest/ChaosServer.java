package chat.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server of a {@code chaos} run, which the run owns: started with {@code bin/chat-server
 * start} from the repository root (the working directory) with an environment of its own (its
 * port, CHAT_VAR_DIR, database, remote broker, rate limit), killed with SIGKILL and started again
 * with the same environment, stopped at the end. Every command's output goes to
 * {@code <var-dir>/chat-server.out}; the server's own log is Liberty's messages.log.
 */
final class ChaosServer {

    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path root;
    private final Map<String, String> environment;
    private final URI base;
    private final Path output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ChaosServer(Path root, Map<String, String> environment, URI base, Path output) {
        this.root = root;
        this.environment = Map.copyOf(environment);
        this.base = base;
        this.output = output;
    }

    /** The server's environment for a run: what the plan says, and no other CHAT_* variable. */
    static Map<String, String> environment(ChaosPlan plan, URI base, String adminKey) {
        return Map.of("CHAT_HTTP_PORT", String.valueOf(base.getPort()),
                "CHAT_HTTPS_PORT", String.valueOf(plan.httpsPort()),
                "CHAT_VAR_DIR", plan.varDir().resolve("server").toString(),
                "CHAT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + plan.dbName(),
                "CHAT_BROKER_URL", "tcp://127.0.0.1:" + plan.brokerPort(),
                "CHAT_ADMIN_API_KEY", adminKey,
                // high enough that the per-sender limit never answers RATE_LIMITED in this run
                "CHAT_MESSAGES_RATE_LIMIT", "1000000",
                "CHAT_MESSAGES_RATE_WINDOW_SECONDS", "1",
                "CHAT_MAVEN_ARGS", "-o");
    }

    /** {@code DROP DATABASE} of the run's own database (the server creates it again when it starts). */
    void dropDatabase(String name) throws IOException, InterruptedException {
        run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c",
                "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"), Duration.ofSeconds(60));
    }

    /**
     * {@code bin/chat-server start}: returns once the server answers ready. The server runs the WAR
     * that {@code modules/loadtest/chaos/prepare-server.sh} laid out; its build stamp is renewed
     * first, so that a source edited since (this tool's own, say) does not make the script build
     * and install in the middle of a run.
     */
    void start() throws IOException, InterruptedException {
        Path stamp = root.resolve("modules/app/target/chat-server.built");
        if (!Files.isRegularFile(stamp)) {
            throw new IOException("no server laid out: run modules/loadtest/chaos/prepare-server.sh first");
        }
        Files.setLastModifiedTime(stamp, FileTime.from(Instant.now()));
        run(List.of("bash", root.resolve("bin/chat-server").toString(), "start"), START_TIMEOUT);
    }

    void stop() throws IOException, InterruptedException {
        run(List.of("bash", root.resolve("bin/chat-server").toString(), "stop"), Duration.ofMinutes(2));
    }

    /** SIGKILL to the Liberty JVM (its pid file), as {@code kill -9} would; returns once it is gone. */
    void kill() throws Exception {
        Path pidFile = root.resolve("modules/app/target/liberty/wlp/usr/servers/.pid/chat.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no server process " + pid));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Whether {@code /health/ready} answers 200 now. */
    boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(3))
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("CHAT_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                    + " s (see " + output + ")");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + " (see " + output
                    + ")");
        }
    }
}
