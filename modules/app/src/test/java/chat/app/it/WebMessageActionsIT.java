package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import jakarta.json.Json;

/**
 * What people do to a message in the web client. Replies: "Reply" in a message's menu puts the
 * message above the composer, the reply goes out with its quote in the bubble, a click on a quote
 * goes to the original (loading older pages until it is there), and a recall of the original
 * empties the quote. The owner pins a message from its menu: every member sees the pin bar, whose
 * click goes to the message, until it is unpinned. Reactions: "React" in the menu offers a few emoji,
 * the counts show under the bubble on every member's page, the reader's own pressed, and a click on
 * one adds or takes back the reader's own. Receipts: the sender's newest message says "Read by 1" once
 * the other member has it on screen, and a click names who. Forwards: "Forward" opens a chooser of the
 * user's conversations, and the copy arrives there marked "Forwarded". Search: words typed over the
 * conversation list find a message in older pages, marked, and a click opens its conversation there.
 */
class WebMessageActionsIT extends BrowserIT {

    @Test
    void aReplyQuotesTheOriginalWhichAClickOnTheQuoteFindsInOlderPages() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        say(annPage, "Lunch at noon?");
        var original = bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").stream().findFirst().orElse(null));
        original.findElement(testId("message-menu")).click();
        original.findElement(testId("reply")).click();
        bobPage.waitFor(WAIT, d -> d.findElement(testId("replying")).getText().contains("Lunch at noon?"));
        say(bobPage, "Yes, the usual place");
        assertTrue(bobPage.driver().findElements(testId("replying")).isEmpty(), "the reply was sent: the quote left the composer");
        annPage.waitFor(WAIT, d -> messagesWith(d, "Yes, the usual place").stream()
                .anyMatch(m -> !m.findElements(testId("quote")).isEmpty()
                        && m.findElement(testId("quote")).getText().contains("Lunch at noon?")));
        bobPage.screenshot("reply-375");

        for (int i = 0; i < 60; i++) {
            assertEquals(201, api.post(MessagesIT.messages(gid), two.ann().token(), MessagesIT.text("f-" + i, "filler " + i)).status());
        }
        assertEquals(201, api.post(MessagesIT.messages(gid), two.ann().token(),
                RepliesIT.replying("late", "Anyone else for lunch?", 1L)).status());
        bobPage.go("about:blank"); // a fresh page: the timeline holds only the newest page
        open(bobPage, gid);
        var late = bobPage.waitFor(WAIT, d -> messagesWith(d, "Anyone else for lunch?").stream().findFirst().orElse(null));
        assertTrue(bobPage.driver().findElements(By.cssSelector("[data-testid=message][data-seq=\"1\"]")).isEmpty(),
                "the original is older than the first page");
        late.findElement(testId("quote")).click();
        var found = bobPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=message][data-seq=\"1\"].flash"))
                .stream().findFirst().orElse(null));
        assertEquals(Boolean.TRUE, bobPage.driver().executeScript("const box = arguments[0].getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;", found), "scrolled into view");

        assertEquals(204, api.delete(MessagesIT.messages(gid) + "/1", two.ann().token()).status());
        bobPage.waitFor(WAIT, d -> d.findElements(testId("quote")).stream()
                .allMatch(q -> q.getText().contains("Recalled message")) && d.findElements(testId("quote")).size() == 2);
    }

    @Test
    void theOwnerPinsAMessageAndEveryMemberSeesThePinBarUntilItIsUnpinned() {
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        say(annPage, "Friday's menu is on the board");
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Friday's menu").size() == 1);
        var mine = messagesWith(annPage.driver(), "Friday's menu").get(0);
        mine.findElement(testId("message-menu")).click();
        mine.findElement(testId("pin")).click();
        bobPage.waitFor(WAIT, d -> d.findElement(testId("pin-bar")).getText().contains("Friday's menu is on the board"));
        annPage.waitForTestId("pin-bar");
        annPage.screenshot("pinned-1280");
        var theirs = messagesWith(bobPage.driver(), "Friday's menu").get(0);
        theirs.findElement(testId("message-menu")).click();
        assertTrue(theirs.findElements(testId("pin")).isEmpty(), "a plain member has no Pin");
        bobPage.byTestId("pin-bar").click();
        bobPage.waitFor(WAIT, d -> !d.findElements(By.cssSelector("[data-testid=message].flash")).isEmpty());

        mine = messagesWith(annPage.driver(), "Friday's menu").get(0);
        mine.findElement(testId("message-menu")).click();
        mine.findElement(testId("unpin")).click();
        bobPage.waitFor(WAIT, d -> d.findElements(testId("pin-bar")).isEmpty());
    }

    @Test
    void membersReactFromTheMenuAndToggleTheirOwnUnderTheBubble() {
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        say(annPage, "Who is in for Friday?");
        var theirs = bobPage.waitFor(WAIT, d -> messagesWith(d, "Who is in for Friday?").stream().findFirst().orElse(null));
        theirs.findElement(testId("message-menu")).click();
        theirs.findElement(testId("react")).click();
        theirs.findElement(By.cssSelector("[data-testid=reaction-picker] [data-emoji='👍']")).click();
        var annSees = annPage.waitFor(WAIT, d -> reaction(d, "Who is in for Friday?", "👍"));
        assertEquals("👍 1", shown(annSees));
        assertEquals("false", annSees.getAttribute("aria-pressed"));
        annSees.click();
        bobPage.waitFor(WAIT, d -> {
            var r = reaction(d, "Who is in for Friday?", "👍");
            return r != null && shown(r).equals("👍 2") && "true".equals(r.getAttribute("aria-pressed"));
        });
        annPage.waitFor(WAIT, d -> "true".equals(reaction(d, "Who is in for Friday?", "👍").getAttribute("aria-pressed")));
        bobPage.screenshot("reactions-375");

        reaction(bobPage.driver(), "Who is in for Friday?", "👍").click();
        annPage.waitFor(WAIT, d -> shown(reaction(d, "Who is in for Friday?", "👍")).equals("👍 1"));
        bobPage.waitFor(WAIT, d -> "false".equals(reaction(d, "Who is in for Friday?", "👍").getAttribute("aria-pressed")));
    }

    @Test
    void theSendersNewestMessageSaysWhoReadIt() {
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        say(annPage, "Dinner at seven?");
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Dinner at seven?").size() == 1);
        var readBy = annPage.waitFor(WAIT, d -> messagesWith(d, "Dinner at seven?").get(0).findElements(testId("read-by"))
                .stream().findFirst().orElse(null));
        assertEquals("Read by 1", readBy.getText());
        readBy.click();
        annPage.waitFor(WAIT, d -> d.findElement(testId("readers")).getText().equals("Bob Chen"));
        annPage.screenshot("read-by-1280");
        say(annPage, "Or eight?");
        annPage.waitFor(WAIT, d -> messagesWith(d, "Dinner at seven?").get(0).findElements(testId("read-by")).isEmpty()
                && !messagesWith(d, "Or eight?").get(0).findElements(testId("read-by")).isEmpty());
    }

    @Test
    void aMessageIsForwardedToAnotherConversationFromItsMenu() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String lunch = lunchCrew(ann, bob);
        var club = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Book club")
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build());
        assertEquals(201, club.status(), club.raw());
        String clubId = club.json().getString("id");
        Browser annPage = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        open(annPage, lunch);
        say(annPage, "The new menu is on the board");
        var mine = annPage.waitFor(WAIT, d -> messagesWith(d, "The new menu is on the board").stream()
                .filter(m -> !m.findElements(testId("message-menu")).isEmpty()).findFirst().orElse(null));
        mine.findElement(testId("message-menu")).click();
        mine.findElement(testId("forward")).click();
        annPage.waitForTestId("forward-dialog");
        annPage.driver().findElement(By.cssSelector("[data-testid=forward-to][data-group='" + clubId + "']")).click();
        annPage.waitFor(WAIT, d -> d.findElement(testId("forwarded-to")).getText().equals("Forwarded to Book club"));
        annPage.screenshot("forward-1280");

        Browser bobPage = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        open(bobPage, clubId);
        bobPage.waitFor(WAIT, d -> messagesWith(d, "The new menu is on the board").stream()
                .anyMatch(m -> !m.findElements(testId("forwarded")).isEmpty()));
    }

    @Test
    void aSearchFindsAnOldMessageAndOpensItsConversationThere() {
        Two two = twoInAGroup();
        assertEquals(201, api.post(MessagesIT.messages(two.gid()), two.bob().token(),
                MessagesIT.text("s-1", "抢红包啦，快来！")).status());
        for (int i = 0; i < 60; i++) {
            assertEquals(201, api.post(MessagesIT.messages(two.gid()), two.ann().token(),
                    MessagesIT.text("s-f" + i, "filler " + i)).status());
        }
        assertEquals(List.of("抢红包啦，快来！"), SearchIT.textsOnceIndexed(api, two.ann(), "红包", List.of("抢红包啦，快来！")));
        Browser annPage = two.annPage();
        annPage.go("about:blank");
        open(annPage, two.gid());
        annPage.type("search", "红包");
        var hit = annPage.waitFor(WAIT, d -> d.findElements(testId("search-hit")).stream().findFirst().orElse(null));
        assertTrue(hit.getText().contains("抢红包啦"), hit.getText());
        assertEquals("红包", hit.findElement(By.tagName("mark")).getText());
        annPage.screenshot("search-1280");
        String href = hit.getAttribute("href");
        String seq = href.substring(href.lastIndexOf('/') + 1);
        hit.click();
        var found = annPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=message][data-seq=\"" + seq + "\"].flash"))
                .stream().findFirst().orElse(null));
        assertTrue(found.getText().contains("抢红包啦"), found.getText());
    }

    /** A reaction as it reads: the emoji and the count (flex items, which the driver's text puts on lines of their own). */
    private static String shown(WebElement reaction) {
        return reaction.getText().replaceAll("\\s+", " ");
    }

    /** The reaction button with this emoji under the message with this text, or null while there is none. */
    private static WebElement reaction(WebDriver d, String text, String emoji) {
        return messagesWith(d, text).stream().flatMap(m -> m.findElements(By.cssSelector("[data-testid=reaction]")).stream())
                .filter(r -> emoji.equals(r.getAttribute("data-emoji"))).findFirst().orElse(null);
    }
}
