package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Ten thousand generated requests and frames that are malformed or not the sender's to make
 * (see {@link MalformedRequests} and {@link MalformedFrames}): every one gets a 4xx JSON error or
 * an error frame, the server logs no failure of its own, and nothing the API shows has changed.
 * A failing run names its seed; {@code -Dchat.it.fuzzSeed=<seed>} replays it.
 */
class FuzzIT extends ServerIT {

    private static final int REQUESTS = 6_000;
    private static final int FRAMES = 4_000;
    private static final int SHOWN = 25;
    private static final Set<String> SERVER_FAULTS = Set.of("INTERNAL_ERROR", "UNAVAILABLE");
    private static final Pattern LOGGED_FAILURE = Pattern.compile("correlationId=");

    @Test
    void tenThousandMalformedRequestsAndFramesAreRefusedAndChangeNothing() throws Exception {
        FuzzWorld world = FuzzWorld.make(api);
        long seed = Long.getLong("chat.it.fuzzSeed", new Random().nextLong());
        List<MalformedRequests.Probe> requests = generate(new MalformedRequests(world).any(), REQUESTS, seed);
        List<MalformedFrames.Shot> frames = generate(new MalformedFrames(world).any(), FRAMES, seed + 1);
        FuzzState before = FuzzState.of(api, world);
        long failuresLoggedBefore = failuresLogged();

        List<String> wrong = new ArrayList<>();
        for (var probe : requests) {
            refused(probe).ifPresent(wrong::add);
        }
        try (Ws owner = Ws.connect(api, world.owner()); Ws stranger = Ws.connect(api, world.stranger())) {
            for (var shot : frames) {
                answeredWithAnError(shot.fromStranger() ? stranger : owner, shot).ifPresent(wrong::add);
            }
        }
        Money.pause(3_000); // anything a refused request queued would have landed by now
        wrong.addAll(FuzzState.of(api, world).changesSince(before));
        long failuresLogged = failuresLogged() - failuresLoggedBefore;

        assertTrue(wrong.isEmpty() && failuresLogged == 0, "seed " + seed + ": " + wrong.size() + " of "
                + (REQUESTS + FRAMES) + " wrong, " + failuresLogged + " failures logged (correlationId=):\n"
                + String.join("\n", wrong.subList(0, Math.min(SHOWN, wrong.size()))));
    }

    private Optional<String> refused(MalformedRequests.Probe probe) {
        try {
            var answer = api.raw(probe.method(), probe.path(), probe.token(), probe.apiKey(), probe.contentType(), probe.body());
            boolean jsonError = answer.json().containsKey("error")
                    && answer.json().getJsonObject("error").containsKey("code");
            if (probe.allowed().contains(answer.status()) && jsonError) {
                return Optional.empty();
            }
            return Optional.of(answer.status() + " " + abbreviated(answer.raw()) + " <- " + probe);
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e + " <- " + probe);
        }
    }

    private static Optional<String> answeredWithAnError(Ws ws, MalformedFrames.Shot shot) {
        try {
            ws.send(shot.text());
            JsonObject answer = ws.next(FuzzIT::isAnAnswer, 10);
            if ("error".equals(answer.getString("type")) && !SERVER_FAULTS.contains(answer.getString("code", ""))) {
                return Optional.empty();
            }
            return Optional.of(abbreviated(answer.toString()) + " <- " + shot);
        } catch (AssertionError | RuntimeException e) {
            return Optional.of(e + " <- " + shot);
        }
    }

    /** A frame that answers the client's last one (events about other people are not). */
    private static boolean isAnAnswer(JsonObject frame) {
        String type = frame.getString("type", "");
        return Set.of("error", "ack", "messages", "pong").contains(type)
                || "event".equals(type) && "conversation.read".equals(frame.getString("event", ""));
    }

    private static <T> List<T> generate(Arbitrary<T> arbitrary, int count, long seed) {
        List<T> out = new ArrayList<>(count);
        JqwikSession.start();
        try {
            var generator = arbitrary.generator(1_000, true);
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                out.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        return out;
    }

    /** Failures the server logged with a correlation id (an unexpected 500 or a frame that failed). */
    private static long failuresLogged() throws IOException {
        Path logs = Path.of(System.getProperty("chat.it.wlpHome"), "usr", "servers", ServerIT.SERVER_NAME, "logs");
        long count = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
                count += LOGGED_FAILURE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).results().count();
            }
        }
        return count;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), 200));
    }
}
