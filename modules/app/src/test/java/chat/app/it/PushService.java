package chat.app.it;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import chat.testing.WebPushDecryption;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A push service the test runs itself (RFC 8030's role, over plain HTTP on 127.0.0.1, a host the
 * test server allows): it takes pushes at {@code /push/<name>}, answers each with what the test
 * queued for that name (201 by default), and keeps what came.
 */
final class PushService implements AutoCloseable {

    /** One push as it arrived. */
    record Received(String name, int answered, Map<String, List<String>> headers, byte[] body) {
    }

    /** A device as a browser would subscribe it: its own P-256 key pair and auth secret. */
    record Device(String name, String endpoint, byte[] publicKey, byte[] privateKey, byte[] auth) {

        JsonObject subscription() {
            var b64 = Base64.getUrlEncoder().withoutPadding();
            return Json.createObjectBuilder().add("endpoint", endpoint).add("p256dh", b64.encodeToString(publicKey))
                    .add("auth", b64.encodeToString(auth)).build();
        }

        /** The push's JSON, decrypted with this device's keys, as its browser would. */
        JsonObject read(Received push) {
            try {
                byte[] plain = WebPushDecryption.decrypt(push.body(), privateKey, publicKey, auth);
                return Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8))).readObject();
            } catch (GeneralSecurityException e) {
                throw new AssertionError("the push does not decrypt with the subscription's keys", e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<int[]>> answers = new ConcurrentHashMap<>();

    PushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/push/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            int[] answer = answers.getOrDefault(name, new ConcurrentLinkedQueue<>()).poll();
            int status = answer == null ? 201 : answer[0];
            if (answer != null && answer[1] >= 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(answer[1]));
            }
            received.add(new Received(name, status, Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    Device device(String name) {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            var w = ((ECPublicKey) pair.getPublic()).getW();
            byte[] point = new byte[65];
            point[0] = 4;
            copy(w.getAffineX(), point, 1);
            copy(w.getAffineY(), point, 33);
            byte[] scalar = new byte[32];
            copy(((ECPrivateKey) pair.getPrivate()).getS(), scalar, 0);
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new Device(name, url(name), point, scalar, auth);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Where pushes to the name go: a device's endpoint, or the webhook. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name;
    }

    private static void copy(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
    }

    /** The next push to the name is answered with this status (and Retry-After, when not negative). */
    void answerNext(String name, int status, int retryAfterSeconds) {
        answers.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(new int[] {status, retryAfterSeconds});
    }

    List<Received> to(String name) {
        List<Received> pushes = new ArrayList<>();
        received.stream().filter(r -> r.name().equals(name)).forEach(pushes::add);
        return pushes;
    }

    /** Waits until the name has received {@code count} pushes, and answers them. */
    List<Received> await(String name, int count, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (to(name).size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError(name + " received " + to(name).size() + " pushes, not " + count);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return to(name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
