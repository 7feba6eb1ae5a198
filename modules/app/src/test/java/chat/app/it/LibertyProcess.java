package chat.app.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The test server {@code chat-it} run by the test itself (not by Arquillian), so that a test can
 * kill its JVM with SIGKILL and start it again: the WAR goes into {@code dropins}, the server starts
 * with Liberty's own script and the environment the failsafe plugin gives the tests.
 */
final class LibertyProcess {

    private static final String SERVER = ServerIT.SERVER_NAME;
    private final Path wlp = Path.of(System.getProperty("chat.it.wlpHome"));
    private final Path dropped = wlp.resolve("usr/servers/" + SERVER + "/dropins/chat.war");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** Deploys the WAR and starts the server; returns when the application is ready. */
    void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /**
     * Starts the server with these environment variables on top of the tests' own (a remote broker,
     * a crash point); returns when the application is ready.
     */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        if (!Files.exists(dropped)) {
            Files.createDirectories(dropped.getParent());
            Files.copy(Path.of(System.getProperty("chat.it.war")), dropped, StandardCopyOption.REPLACE_EXISTING);
        }
        run("start", environment);
        awaitReady();
    }

    /** Waits for the server's JVM to end by itself (a crash point halted it). */
    void awaitExit(Duration within) throws Exception {
        Optional<ProcessHandle> process = processIfAlive();
        if (process.isPresent()) {
            process.get().onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether the server's JVM runs (started by an earlier test of the class). */
    boolean running() throws IOException {
        return Files.exists(wlp.resolve("usr/servers/.pid/" + SERVER + ".pid")) && processIfAlive().isPresent();
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no orderly stop of the broker, cache or database pool. */
    void kill() throws Exception {
        ProcessHandle process = process();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private ProcessHandle process() throws IOException {
        return processIfAlive().orElseThrow(() -> new IllegalStateException("no server process"));
    }

    private Optional<ProcessHandle> processIfAlive() throws IOException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + SERVER + ".pid")).trim());
        return ProcessHandle.of(pid);
    }

    /** Stops the server and takes the WAR away, leaving the server as the Arquillian suite expects it. */
    void stop() throws IOException, InterruptedException {
        try {
            run("stop");
        } finally {
            Files.deleteIfExists(dropped);
        }
    }

    private void run(String command) throws IOException, InterruptedException {
        run(command, Map.of());
    }

    private void run(String command, Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), command, SERVER)).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("server " + command + " " + SERVER + " failed");
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become ready within 180 s");
    }
}
