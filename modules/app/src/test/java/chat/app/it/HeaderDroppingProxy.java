package chat.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * HAProxy (Debian's, installed by {@code .ci/run}) in front of the test server, deleting one request
 * header on the way, as a company proxy that does not know it would: the page loaded through
 * {@link #base()} reaches the server only through it.
 */
final class HeaderDroppingProxy implements AutoCloseable {

    private final Process haproxy;
    private final Path config;
    private final int port;

    private HeaderDroppingProxy(Process haproxy, Path config, int port) {
        this.haproxy = haproxy;
        this.config = config;
        this.port = port;
    }

    /** Starts HAProxy before {@code Api.BASE}, deleting {@code header} from every request. */
    static HeaderDroppingProxy dropping(String header) {
        URI server = URI.create(Api.BASE);
        int port = freePort();
        String config = """
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 1h
                frontend front
                    bind 127.0.0.1:%d
                    http-request del-header %s
                    default_backend chat
                backend chat
                    server node 127.0.0.1:%d
                """.formatted(port, header, server.getPort());
        try {
            Path file = Files.createTempFile("haproxy-", ".cfg");
            Files.writeString(file, config);
            // -db: in the foreground, so the test owns the process and ends it.
            Process process = new ProcessBuilder(haproxyCommand(), "-db", "-f", file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            var proxy = new HeaderDroppingProxy(process, file, port);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's address as the page sees it, through the proxy. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!haproxy.isAlive()) {
                throw new AssertionError("HAProxy exited with " + haproxy.exitValue());
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Money.pause(100);
            }
        }
        close();
        throw new AssertionError("HAProxy did not listen on " + port + " within 10 s");
    }

    private static String haproxyCommand() {
        // Debian installs it in /usr/sbin, which an ordinary user's PATH may lack.
        Path sbin = Path.of("/usr/sbin/haproxy");
        if (Files.isExecutable(sbin)) {
            return sbin.toString();
        }
        return "haproxy";
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        haproxy.destroy();
        try {
            haproxy.waitFor();
            Files.deleteIfExists(config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // a leftover file in the temp directory harms nothing
        }
    }
}
