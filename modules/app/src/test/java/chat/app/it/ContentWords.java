package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The content policy's words as the tests list them (words no other test writes), and what the
 * tests read back: the hits, and whether a word is screened yet on the server.
 */
final class ContentWords {

    static final String BLOCKED = "zqxvblock";
    static final String BLOCKED_CHINESE = "禁词测试";
    static final String MASKED = "zqxvmask";
    static final String MASKED_CHINESE = "口令红包";
    static final String REFUSAL = "This message contains words this company does not allow";
    static final String POLICY = "/api/v1/admin/content-policy";

    private ContentWords() {
    }

    /** Lists the four words and waits until the server screens with them. */
    static void list(Api api) {
        var listed = api.operator("POST", POLICY + "/words", words(BLOCKED, "BLOCK", BLOCKED_CHINESE, "BLOCK",
                MASKED, "MASK", MASKED_CHINESE, "MASK"));
        assertEquals(200, listed.status(), listed.raw());
        awaitScreened(api, BLOCKED, true);
    }

    /** Takes the four words off the list (those already off: 404, ignored). */
    static void unlist(Api api) {
        for (String word : List.of(BLOCKED, BLOCKED_CHINESE, MASKED, MASKED_CHINESE)) {
            api.operator("DELETE", POLICY + "/words?word=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        }
    }

    /** The user's hits, newest first, among the newest 500. */
    static List<JsonObject> hitsOf(Api api, String userId) {
        var page = api.adminGet(POLICY + "/hits?limit=500");
        assertEquals(200, page.status(), page.raw());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("userId").equals(userId)).toList();
    }

    /** Waits until a message holding the word is refused (or not): the list reaches every node through the broker. */
    static void awaitScreened(Api api, String word, boolean refused) {
        var probe = api.newUser();
        String gid = api.groupOf(probe, List.of(), null);
        Predicate<Integer> wanted = status -> refused ? status == 422 : status == 201;
        int status = 0;
        for (int attempt = 0; attempt < 100 && !wanted.test(status); attempt++) {
            if (attempt > 0) {
                pause();
            }
            status = api.post(MessagesIT.messages(gid), probe.token(), MessagesIT.text("probe-" + attempt, word)).status();
        }
        assertTrue(wanted.test(status), "the list did not change in 100 tries: " + status);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A listing body: word, action, word, action, ... */
    static JsonObject words(String... wordsAndActions) {
        var items = Json.createArrayBuilder();
        for (int i = 0; i + 1 < wordsAndActions.length; i += 2) {
            items.add(Json.createObjectBuilder().add("word", wordsAndActions[i]).add("action", wordsAndActions[i + 1]));
        }
        return Json.createObjectBuilder().add("words", items).build();
    }
}
