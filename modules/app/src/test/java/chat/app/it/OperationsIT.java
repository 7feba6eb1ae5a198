package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** What an operator checks: readiness of every part, the start page, metrics and the API description. */
class OperationsIT extends ServerIT {

    @Test
    void readinessReportsTheDatabaseBrokerAndCache() {
        var ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.raw());
        assertEquals("UP", ready.json().getString("status"));
        var data = ready.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
        assertTrue(data.getBoolean("database") && data.getBoolean("broker") && data.getBoolean("cache"));
        assertEquals(200, api.get("/health/live", null).status());
    }

    @Test
    void publishedOutboxRowsAreDeletedAfterTheRetention() throws Exception {
        api.register(Api.uniqueName(), "pass-word-1");
        long newest = outbox("SELECT max(id) FROM platform.outbox");
        // The test server keeps published rows 0 minutes; its relay prunes every 5 s.
        long deadline = System.currentTimeMillis() + 60_000;
        while (outbox("SELECT count(*) FROM platform.outbox WHERE id = " + newest) > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(0, outbox("SELECT count(*) FROM platform.outbox WHERE id = " + newest));
    }

    private static long outbox(String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theStartPageMetricsAndOpenApiAreServed() {
        var page = api.get("/", null);
        assertEquals(200, page.status());
        assertTrue(page.raw().contains("/openapi/ui"));
        var metrics = api.get("/metrics", null);
        assertEquals(200, metrics.status(), metrics.raw());
        var openapi = api.get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.raw().contains("/api/v1/users"), "the API description lists the identity paths");
    }

    @Test
    void largeAnswersAndScriptsLeaveCompressedOnlyToClientsThatAcceptIt() throws Exception {
        for (String path : new String[] {"/js/client.js", "/openapi?format=json"}) {
            HttpResponse<byte[]> plain = fetch(path, null);
            HttpResponse<byte[]> gzipped = fetch(path, "gzip");
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"), path + " asked plainly");
            assertEquals(Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"), path);
            assertTrue(gzipped.body().length < plain.body().length, path + ": compressed is smaller");
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), gunzip(gzipped.body()), path);
        }
    }

    private static HttpResponse<byte[]> fetch(String path, String acceptEncoding) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(Api.BASE + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
