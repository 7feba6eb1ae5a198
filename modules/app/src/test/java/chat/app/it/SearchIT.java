package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Search: the caller's conversations only, newest first, paged, with the words marked; words
 * inside Chinese and Japanese text are found; recalled and hidden messages never appear, and a
 * member who left no longer finds that conversation; a query out of bounds is 400. The index is
 * written a moment after a send (ADR 0018), so each test first waits until its last message is found.
 */
class SearchIT extends ServerIT {

    static String search(String q, String extra) {
        return "/api/v1/search/messages?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra;
    }

    private JsonObject found(Api.TestUser user, String q, String extra) {
        var answer = api.get(search(q, extra), user.token());
        assertEquals(200, answer.status(), answer.raw());
        return answer.json();
    }

    private List<String> texts(Api.TestUser user, String q) {
        return texts(api, user, q);
    }

    static List<String> texts(Api api, Api.TestUser user, String q) {
        var answer = api.get(search(q, ""), user.token());
        assertEquals(200, answer.status(), answer.raw());
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("text")).toList();
    }

    /**
     * The texts this search finds once they are {@code expected}, or, after ten seconds, what it
     * finds then (which the caller's assertion reports): the index trails the sends.
     */
    static List<String> textsOnceIndexed(Api api, Api.TestUser user, String q, List<String> expected) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> texts = texts(api, user, q);
        while (!texts.equals(expected) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the index", e);
            }
            texts = texts(api, user, q);
        }
        return texts;
    }

    private void post(Api.TestUser sender, String gid, String text) {
        assertEquals(201, api.post(MessagesIT.messages(gid), sender.token(), MessagesIT.text(Api.uniqueName(), text)).status());
    }

    @Test
    void wordsInsideChineseAndJapaneseTextAreFoundNewestFirstAndMarked() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        post(ann, gid, "抢红包啦");
        post(bob, gid, "今日は東京で会議です");
        post(bob, gid, "红包 in the evening: ＬＵＮＣＨ money");
        assertEquals(List.of("红包 in the evening: ＬＵＮＣＨ money", "抢红包啦"),
                textsOnceIndexed(api, bob, "红包", List.of("红包 in the evening: ＬＵＮＣＨ money", "抢红包啦")));
        var hits = found(bob, "红包", "");
        assertEquals(List.of("红包 in the evening: ＬＵＮＣＨ money", "抢红包啦"),
                hits.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(h -> h.getString("text")).toList());
        var first = hits.getJsonArray("items").getJsonObject(1);
        assertEquals(gid, first.getString("groupId"));
        assertEquals(1, first.getInt("seq"));
        assertEquals(ann.id(), first.getString("senderId"));
        assertEquals(1, first.getJsonArray("highlight").getJsonObject(0).getInt("start"));
        assertEquals(3, first.getJsonArray("highlight").getJsonObject(0).getInt("end"));
        assertTrue(hits.isNull("next"), "one page holds them");
        assertEquals(List.of("今日は東京で会議です"), texts(ann, "東京"));
        assertEquals(List.of("红包 in the evening: ＬＵＮＣＨ money"), texts(ann, "lunch"), "case and width aside");
        assertEquals(List.of("今日は東京で会議です"), texts(ann, "は"), "one character is enough");
        assertEquals(List.of(), texts(ann, "dinner"));
    }

    @Test
    void onlyTheCallersConversationsAndNeverWhatWasRecalledHiddenOrLeft() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cy = api.newUser();
        String shared = api.groupOf(ann, List.of(bob, cy), null);
        var second = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Ann and Cy")
                .add("memberIds", Json.createArrayBuilder().add(cy.id())).build());
        assertEquals(201, second.status(), second.raw());
        String annOnly = second.json().getString("id");
        post(ann, shared, "budget review at ten");
        post(ann, shared, "budget numbers attached");
        post(ann, shared, "budget secret, recalled");
        post(ann, annOnly, "budget for cy and ann");
        List<String> all = List.of("budget for cy and ann", "budget secret, recalled", "budget numbers attached",
                "budget review at ten");
        assertEquals(all, textsOnceIndexed(api, cy, "budget", all));
        assertEquals(204, api.delete(MessagesIT.messages(shared) + "/3", ann.token()).status());
        assertEquals(204, api.post(MessagesIT.messages(shared) + "/2/hide", bob.token(), null).status());
        assertEquals(List.of("budget review at ten"), texts(bob, "budget"), "not recalled, not hidden, not others'");
        assertEquals(List.of("budget for cy and ann", "budget numbers attached", "budget review at ten"), texts(cy, "budget"));
        assertEquals(404, api.get(search("budget", "&groupId=" + annOnly), bob.token()).status(), "not bob's conversation");
        assertEquals(List.of("budget numbers attached", "budget review at ten"),
                found(cy, "budget", "&groupId=" + shared).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(h -> h.getString("text")).toList());

        assertEquals(204, api.delete("/api/v1/groups/" + shared + "/members/" + cy.id(), cy.token()).status());
        assertEquals(List.of("budget for cy and ann"), texts(cy, "budget"), "a member who left no longer finds it");
    }

    @Test
    void pagesFollowEachOtherWithNoHitTwiceAndBadQueriesAreRefused() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        for (int i = 0; i < 7; i++) {
            post(ann, gid, "standup note " + i);
        }
        assertEquals(7, textsOnceIndexed(api, bob, "standup", List.of("standup note 6", "standup note 5",
                "standup note 4", "standup note 3", "standup note 2", "standup note 1", "standup note 0")).size());
        List<String> seen = new ArrayList<>();
        String before = null;
        do {
            var page = found(bob, "standup", "&limit=3" + (before == null ? "" : "&before=" + before));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(h -> seen.add(h.getString("text")));
            before = page.isNull("next") ? null : page.getString("next");
        } while (before != null);
        assertEquals(List.of("standup note 6", "standup note 5", "standup note 4", "standup note 3", "standup note 2",
                "standup note 1", "standup note 0"), seen);

        for (String bad : List.of("/api/v1/search/messages", search("", ""), search(" ", ""), search("x".repeat(101), ""),
                search("standup", "&limit=0"), search("standup", "&limit=51"), search("standup", "&before=garbage"))) {
            var refused = api.get(bad, bob.token());
            assertEquals(400, refused.status(), bad + ": " + refused.raw());
        }
        assertEquals(401, api.get(search("standup", ""), null).status());
    }
}
