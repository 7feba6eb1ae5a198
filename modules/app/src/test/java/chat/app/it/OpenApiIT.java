package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * The API documents: the OpenAPI document the server generates from its annotations is the one
 * kept in {@code docs/openapi.json} (which the generated client is built from and
 * {@code /asyncapi.yaml} refers to), and both documents pass Redocly's {@code recommended} rules
 * with no error and no warning (what is turned off is in {@code redocly.yaml}, each with its reason).
 */
class OpenApiIT extends ServerIT {

    private static final Path PROJECT = Path.of(System.getProperty("chat.it.projectDir", "../.."));
    private static final Path REDOCLY = PROJECT.resolve("tools/api-lint/node_modules/.bin/redocly");
    private static final Path SERVED = Path.of("target", "api");

    @Test
    void theServedOpenApiDocumentIsTheOneInDocsAndPassesRedoclysRecommendedRules() throws Exception {
        var generated = api.get("/openapi?format=JSON", null);
        assertEquals(200, generated.status());
        Path document = Files.createDirectories(SERVED).resolve("openapi.json");
        Files.writeString(document, pretty(generated.json()), StandardCharsets.UTF_8);
        JsonObject kept = Json.createReader(new StringReader(Files.readString(PROJECT.resolve("docs/openapi.json")))).readObject();
        assertTrue(kept.equals(generated.json()), "docs/openapi.json is not what the server generates: after checking "
                + "the change, copy " + document.toAbsolutePath() + " over it");
        assertTrue(kept.equals(api.get("/openapi.json", null).json()), "the WAR serves docs/openapi.json at /openapi.json");
        lint(document);
    }

    @Test
    void theServedAsyncApiDocumentIsTheOneInDocsAndPassesRedoclysRecommendedRules() throws Exception {
        var served = api.get("/asyncapi.yaml", null);
        assertEquals(200, served.status());
        assertEquals(Files.readString(PROJECT.resolve("docs/asyncapi.yaml")), served.raw());
        Files.createDirectories(SERVED);
        // Beside the OpenAPI document, which its message schema refers to.
        Files.writeString(SERVED.resolve("openapi.json"), Files.readString(PROJECT.resolve("docs/openapi.json")));
        Path document = SERVED.resolve("asyncapi.yaml");
        Files.writeString(document, served.raw(), StandardCharsets.UTF_8);
        lint(document);
    }

    private static String pretty(JsonObject json) {
        var out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip() + "\n";
    }

    /** Runs Redocly and fails with its findings unless it reports no error and no warning. */
    static void lint(Path document) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(REDOCLY), REDOCLY + " is missing: the build installs it with npm ci in tools/api-lint");
        Path report = document.resolveSibling(document.getFileName() + ".lint.json");
        Process lint = new ProcessBuilder(REDOCLY.toString(), "lint", "--format=json",
                "--config=" + PROJECT.resolve("redocly.yaml").toAbsolutePath(), document.toAbsolutePath().toString())
                .redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "redocly did not finish");
        JsonObject result = Json.createReader(new StringReader(Files.readString(report))).readObject();
        JsonObject totals = result.getJsonObject("totals");
        String problems = result.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("severity") + " " + p.getString("ruleId") + " at "
                        + p.getJsonArray("location").getJsonObject(0).getString("pointer", "?") + ": " + p.getString("message"))
                .collect(Collectors.joining("\n"));
        assertEquals(0, totals.getInt("errors") + totals.getInt("warnings"), "redocly on " + document + ":\n" + problems);
    }
}
