package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The API documents the server actually serves pass Redocly's {@code recommended} rules with no
 * error and no warning (what is turned off is in {@code redocly.yaml}, each with its reason).
 */
class OpenApiIT extends ServerIT {

    private static final Path PROJECT = Path.of(System.getProperty("chat.it.projectDir", "../.."));
    private static final Path REDOCLY = PROJECT.resolve("tools/api-lint/node_modules/.bin/redocly");

    @Test
    void theServedOpenApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        var served = api.get("/openapi", null);
        assertEquals(200, served.status());
        Path document = Files.createDirectories(Path.of("target")).resolve("openapi-served.yaml");
        Files.writeString(document, served.raw(), StandardCharsets.UTF_8);
        lint(document);
    }

    private static void lint(Path document) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(REDOCLY), REDOCLY + " is missing: the build installs it with npm ci in tools/api-lint");
        List<String> command = new ArrayList<>(List.of(REDOCLY.toString(), "lint", "--format=stylish",
                "--config=" + PROJECT.resolve("redocly.yaml"), document.toAbsolutePath().toString()));
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "redocly did not finish");
        assertEquals(0, lint.exitValue(), "redocly lint " + document + ":\n" + output);
        assertTrue(!output.contains("warning"), "redocly warned on " + document + ":\n" + output);
    }
}
