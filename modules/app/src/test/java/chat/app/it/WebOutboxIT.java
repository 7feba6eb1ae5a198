package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import chat.app.it.Api.TestUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The web client's outbox kept in IndexedDB: what the page was sending when it went away is sent
 * after a reload, once each and in order (the server's dedup keeps a retried one single), and a
 * message refused for good (a muted member's, one holding a word the company blocks) stays shown as
 * refused, with its reason, until it is deleted; one refused for a while (the rate limit) shows why,
 * offers to try at once, and goes again by itself.
 */
class WebOutboxIT extends BrowserIT {

    private List<String> storedTexts(String gid, TestUser reader) {
        var items = api.get("/api/v1/groups/" + gid + "/messages?after=0", reader.token()).json().getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("type").equals("TEXT"))
                .map(m -> m.getString("text")).toList();
    }

    /** The texts of the conversation's last ten messages. */
    private List<String> lastTexts(String gid, TestUser reader) {
        var items = api.get("/api/v1/groups/" + gid + "/messages?before=1000000000&limit=10", reader.token()).json()
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("type").equals("TEXT"))
                .map(m -> m.getString("text")).toList();
    }

    private static long keptInTheBrowser(Browser page, TestUser user) {
        Object kept = page.driver().executeAsyncScript("""
                const [userId, done] = arguments;
                import('/js/outbox-store.js').then(({ OutboxStore }) => new OutboxStore().of(userId))
                  .then(entries => done(entries.length), e => done(String(e)));
                """, user.id());
        return ((Number) kept).longValue();
    }

    /** Ann's group with Bob, open in Bob's page on a phone. */
    private record Scene(TestUser ann, TestUser bob, String gid, Browser page) {
    }

    private Scene bobsPageInAnnsGroup() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        String gid = api.groupOf(ann, List.of(bob), null);
        Browser page = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        open(page, gid);
        return new Scene(ann, bob, gid, page);
    }

    private static void reload(Browser page) {
        page.driver().navigate().refresh();
        page.waitForTestId("composer");
    }

    @Test
    void whatThePageWasSendingIsSentAfterAReloadOnceEachInOrder() {
        Scene scene = bobsPageInAnnsGroup();
        TestUser ann = scene.ann();
        TestUser bob = scene.bob();
        String gid = scene.gid();
        Browser page = scene.page();

        PageProbes.holdSends(page);
        for (String text : List.of("first", "second", "third")) {
            say(page, text);
        }
        page.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=message][data-state=pending]")).size() == 3);
        assertEquals(3, keptInTheBrowser(page, bob));
        assertEquals(List.of(), storedTexts(gid, ann), "nothing reached the server");

        reload(page);
        page.waitFor(WAIT, d -> storedTexts(gid, ann).size() == 3
                && d.findElements(By.cssSelector("[data-testid=message][data-state]")).isEmpty());
        assertEquals(List.of("first", "second", "third"), storedTexts(gid, ann));
        for (String text : List.of("first", "second", "third")) {
            assertEquals(1, messagesWith(page.driver(), text).size(), text);
        }
        page.waitFor(WAIT, d -> keptInTheBrowser(page, bob) == 0);

        reload(page);
        pause(1_500);
        assertEquals(List.of("first", "second", "third"), storedTexts(gid, ann), "a second reload sends nothing again");
    }

    @Test
    void aMessageRefusedForGoodStaysRefusedAcrossAReloadUntilItIsDeleted() {
        // Bob writes while his page's sends are held, is muted, and reloads: the message goes, is refused.
        Scene scene = bobsPageInAnnsGroup();
        TestUser ann = scene.ann();
        TestUser bob = scene.bob();
        String gid = scene.gid();
        Browser page = scene.page();
        PageProbes.holdSends(page);
        say(page, "while muted");
        page.waitFor(WAIT, d -> keptInTheBrowser(page, bob) == 1);
        assertEquals(200, api.put("/api/v1/groups/" + gid + "/members/" + bob.id() + "/mute", ann.token(),
                Json.createObjectBuilder().add("minutes", 60).build()).status());

        reload(page);
        page.waitFor(WAIT, d -> messagesWith(d, "while muted").stream()
                .anyMatch(m -> "failed".equals(m.getDomAttribute("data-state")) && m.getText().contains("Not sent")));
        reload(page);
        var refused = page.waitFor(WAIT, d -> messagesWith(d, "while muted").stream()
                .filter(m -> "failed".equals(m.getDomAttribute("data-state"))).findFirst().orElse(null));
        assertTrue(refused.getText().contains("Not sent"), refused.getText());
        assertTrue(refused.findElements(By.xpath(".//button[normalize-space()='Retry now']")).isEmpty(),
                "refused for good: nothing to retry");
        assertEquals(1, keptInTheBrowser(page, bob));
        refused.findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        page.waitFor(WAIT, d -> messagesWith(d, "while muted").isEmpty());
        page.waitFor(WAIT, d -> keptInTheBrowser(page, bob) == 0);
        assertEquals(List.of(), storedTexts(gid, ann));
    }

    @Test
    void aMessageRefusedForAWhileShowsWhyOffersRetryAndGoesByItself() {
        Scene scene = bobsPageInAnnsGroup();
        PageProbes.refuseFirstSend(scene.page(), "RATE_LIMITED", "at most 300 messages in 10 s");
        say(scene.page(), "over the limit");

        var waiting = scene.page().waitFor(WAIT, d -> messagesWith(d, "over the limit").stream()
                .filter(m -> m.getText().contains("Not sent yet")).findFirst().orElse(null));
        assertTrue(waiting.getText().contains("Not sent yet (at most 300 messages in 10 s); trying again"), waiting.getText());
        assertEquals(1, waiting.findElements(By.xpath(".//button[normalize-space()='Retry now']")).size());
        assertTrue(waiting.findElements(By.xpath(".//button[normalize-space()='Delete']")).isEmpty());
        scene.page().waitFor(WAIT, d -> storedTexts(scene.gid(), scene.ann()).contains("over the limit"));
        scene.page().waitFor(WAIT, d -> messagesWith(d, "over the limit").stream()
                .anyMatch(m -> m.getDomAttribute("data-state") == null));
        assertEquals(List.of("over the limit"), storedTexts(scene.gid(), scene.ann()));
    }

    @Test
    void aRedPacketWhoseAnswerNeverCameIsSentOnceAfterAReload() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        String gid = api.groupOf(ann, List.of(bob), null);
        assertEquals(201, api.post("/api/v1/wallet/topups", ann.token(), Json.createObjectBuilder()
                .add("amountCents", 1_000).add("clientId", "outbox-" + ann.id()).build()).status());
        Browser page = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        open(page, gid);

        PageProbes.holdRequests(page, "POST", "/redpacks");
        page.byTestId("redpack-compose").click();
        page.type("redpack-amount", "2.50");
        page.replaceText("redpack-count", "1");
        page.type("redpack-greeting", "Lunch is on me");
        page.byTestId("redpack-submit").click();
        page.waitFor(WAIT, d -> PageProbes.heldRequests(page) == 1);
        assertEquals(1, keptInTheBrowser(page, ann));

        reload(page);
        page.waitFor(WAIT, d -> d.findElements(testId("redpack")).size() == 1);
        page.waitFor(WAIT, d -> keptInTheBrowser(page, ann) == 0);
        reload(page);
        pause(1_500);
        var items = api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, items.stream().filter(m -> m.getString("type").equals("REDPACK")).count(), items.toString());
        assertEquals(750, api.get("/api/v1/wallet", ann.token()).json().getJsonNumber("balanceCents").longValue(),
                "one packet of 2.50 left the wallet, once");
    }

    @Test
    void aMessageWithABlockedWordShowsTheRefusalAndIsNotStored() {
        var listed = api.operator("POST", ContentWords.POLICY + "/words", Json.createObjectBuilder().add("words",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("word", "zqxvweb").add("action", "BLOCK"))).build());
        assertEquals(200, listed.status(), listed.raw());
        try {
            Scene scene = bobsPageInAnnsGroup();
            say(scene.page(), "hello Ｚ Q X V W E B");
            var refused = scene.page().waitFor(WAIT, d -> messagesWith(d, "hello Ｚ Q X V W E B").stream()
                    .filter(m -> "failed".equals(m.getDomAttribute("data-state"))).findFirst().orElse(null));
            assertTrue(refused.getText().contains("Not sent: " + ContentWords.REFUSAL), refused.getText());
            say(scene.page(), "hello again");
            scene.page().waitFor(WAIT, d -> storedTexts(scene.gid(), scene.ann()).size() == 1);
            assertEquals(List.of("hello again"), storedTexts(scene.gid(), scene.ann()));
        } finally {
            api.operator("DELETE", ContentWords.POLICY + "/words?word=zqxvweb", null);
        }
    }
}
