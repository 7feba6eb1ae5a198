package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The company's moderation service (docs/api.md, "Content policy"): asked about each message that
 * passed the word list, signed; its allow and deny decide, and when it is slow, failing or down the
 * test server's CHAT_MODERATION_FAIL_OPEN (true) lets the message through. The service listens on
 * the port the test server's CHAT_MODERATION_WEBHOOK_URL names only while this test runs.
 */
class ModerationServiceIT extends ServerIT {

    static final int MODERATION_PORT = Integer.getInteger("chat.it.moderationPort", 61736);
    static final String MODERATION_SECRET = System.getProperty("chat.it.moderationSecret", "it-moderation-secret-0123");
    static final String BLOCKED = ContentWords.BLOCKED;

    @BeforeEach
    void listTheWords() {
        ContentWords.list(api);
    }

    @AfterEach
    void unlistTheWords() {
        ContentWords.unlist(api);
    }

    @Test
    void theCompanysServiceAllowsDeniesAndIsPassedWhenSlowOrDown() throws IOException {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        List<String> badSignatures = new CopyOnWriteArrayList<>();
        List<JsonObject> asked = new CopyOnWriteArrayList<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", MODERATION_PORT), 0);
        service.createContext("/", exchange -> judge(exchange, asked, badSignatures));
        ExecutorService handlers = Executors.newCachedThreadPool();
        service.setExecutor(handlers); // the slow case must not hold up the questions after it
        service.start();
        try {
            assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-1", "all good")).status());
            var denied = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-2", "please deny this"));
            assertEquals(422, denied.status(), denied.raw());
            assertEquals("CONTENT_BLOCKED", denied.errorCode());
            var slow = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-3", "please wait, then deny"));
            assertEquals(201, slow.status(), "a denial after the budget is no verdict: CHAT_MODERATION_FAIL_OPEN lets it through");
            assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-4", "please fail")).status());
            assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-5", BLOCKED.substring(1))).status());
            assertEquals(422, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-6", BLOCKED)).status());
        } finally {
            service.stop(0);
            handlers.shutdownNow();
        }
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("s-7", "service down")).status());
        assertEquals(List.of(), badSignatures);
        assertEquals(List.of("all good", "please deny this", "please wait, then deny", "please fail", BLOCKED.substring(1)),
                asked.stream().filter(a -> a.getString("userId").equals(ann.id())).map(a -> a.getString("text")).toList(),
                "asked about each message that passed the list, and only those");
        assertTrue(asked.stream().allMatch(a -> a.getString("groupId").equals(gid) || !a.getString("userId").equals(ann.id())));
        JsonObject denial = ContentWords.hitsOf(api, ann.id()).stream().filter(h -> !h.isNull("serviceReason")).findFirst().orElseThrow();
        assertEquals("spam", denial.getString("serviceReason"));
        assertTrue(denial.isNull("word"));
        MetricsPage metrics = MetricsPage.read(api);
        assertTrue(metrics.value("chat_moderation_service_denied_total") >= 1);
        assertTrue(metrics.value("chat_moderation_service_unanswered_total") >= 3, "slow, failing and down");
        assertTrue(metrics.value("chat_content_blocked_total") >= 2);
    }

    /** The test's moderation service: checks the signature, then answers by what the text asks for. */
    private static void judge(HttpExchange exchange, List<JsonObject> asked, List<String> badSignatures) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String signature = exchange.getRequestHeaders().getFirst("X-Chat-Signature");
        if (!signedRight(signature, body)) {
            badSignatures.add(String.valueOf(signature));
        }
        JsonObject question = Json.createReader(new StringReader(body)).readObject();
        asked.add(question);
        String text = question.getString("text");
        int status = text.contains("please fail") ? 500 : 200;
        // "please wait, then deny" is denied too, but after the server's budget: no verdict, then
        String answer = text.contains("deny") ? "{\"allow\":false,\"reason\":\"spam\"}" : "{\"allow\":true}";
        if (text.contains("please wait")) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the server stopped waiting (the slow case): nobody reads the answer
        }
        exchange.close();
    }

    private static boolean signedRight(String header, String body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MODERATION_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return header.endsWith("v1=" + expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
