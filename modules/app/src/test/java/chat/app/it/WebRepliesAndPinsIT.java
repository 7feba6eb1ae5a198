package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Replies and pins in the web client as people use them: "Reply" in a message's menu puts the
 * message above the composer, the reply goes out with its quote in the bubble, a click on a quote
 * goes to the original (loading older pages until it is there), and a recall of the original
 * empties the quote. The owner pins a message from its menu: every member sees the pin bar, whose
 * click goes to the message, until it is unpinned.
 */
class WebRepliesAndPinsIT extends BrowserIT {

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
}
