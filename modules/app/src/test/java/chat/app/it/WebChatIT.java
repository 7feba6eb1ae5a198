package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Chatting in the web client: two people in browsers of their own send, receive, read, recall
 * and delete; badges count and clear; history pages in; a lost ack is retried without a copy.
 */
class WebChatIT extends BrowserIT {

    @Test
    void aMessageSentInOneBrowserAppearsOnceInTheOtherWithoutAReload() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        say(annPage, "Lunch at noon?");

        bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").size() == 1);
        annPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").stream().anyMatch(m -> "1".equals(m.getDomAttribute("data-seq"))));
        say(bobPage, "Yes, see you there");
        annPage.waitFor(WAIT, d -> messagesWith(d, "Yes, see you there").size() == 1);
        // Both pages settled: every message stored (a seq) and acknowledged (no pending copy left).
        for (Browser page : List.of(annPage, bobPage)) {
            page.waitFor(WAIT, d -> seqs(d).equals(List.of("1", "2")));
        }
        assertEquals(1, messagesWith(bobPage.driver(), "Lunch at noon?").size(), "shown once, never twice");
        assertEquals(1, messagesWith(annPage.driver(), "Lunch at noon?").size(), "the pending copy became the message");
        annPage.screenshot("conversation-1280");
        bobPage.screenshot("conversation-375");
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitForTestId("conversation-" + gid);
        bobPage.screenshot("conversations-375");
    }

    @Test
    void theBadgeStopsAt99PlusAndClearsWhenRead() {
        var reader = named("Ann Lee");
        String gid = busyGroup(reader, 0);
        Browser page = logIn(reader, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        page.waitForTestId("conversation-" + gid);

        postNews(gid, 105);

        page.waitFor(WAIT, d -> "99+".equals(badgeText(d, gid)));
        page.waitFor(WAIT, d -> d.getTitle().startsWith("(99+)"));
        page.screenshot("conversations-1280");
        page.byTestId("conversation-" + gid).click();
        page.waitFor(WAIT, d -> messagesWith(d, "news 104").size() == 1);
        page.waitFor(WAIT, d -> badgeText(d, gid).isEmpty());
        page.waitFor(WAIT, d -> api.get("/api/v1/unread", reader.token()).json().getInt("total") == 0);
        assertEquals("Chat", page.driver().getTitle());
    }

    @Test
    void olderHistoryLoadsWhenScrolledToTheTop() {
        var ann = api.newUser();
        String gid = busyGroup(ann, 70);
        Browser page = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        open(page, gid);
        page.waitFor(WAIT, d -> messagesWith(d, "news 69").size() == 1);
        assertTrue(messagesWith(page.driver(), "news 0").isEmpty(), "only the newest page at first");
        page.waitFor(WAIT, d -> {
            page.driver().executeScript("document.querySelector('.timeline').scrollTop = 0");
            return messagesWith(d, "news 0").size() == 1;
        });
        List<String> seqs = seqs(page.driver());
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(Long.parseLong(seqs.get(i - 1)) < Long.parseLong(seqs.get(i)), "in seq order: " + seqs);
        }
    }

    @Test
    void aMessageIsRecalledForEveryoneOrDeletedForMeFromItsMenu() {
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        say(annPage, "Oops, wrong chat");
        say(annPage, "Keep this one");
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Keep this one").size() == 1);

        WebElement oops = annPage.waitFor(WAIT, d -> messagesWith(d, "Oops").stream()
                .filter(m -> m.getDomAttribute("data-seq") != null && m.getDomAttribute("data-state") == null)
                .findFirst().orElse(null));
        oops.findElement(testId("message-menu")).click();
        oops.findElement(testId("recall")).click();
        bobPage.waitFor(WAIT, d -> messagesWith(d, "This message was recalled").size() == 1);
        assertTrue(messagesWith(bobPage.driver(), "Oops").isEmpty(), "the text is gone for everyone");

        WebElement keep = messagesWith(bobPage.driver(), "Keep this one").get(0);
        keep.findElement(testId("message-menu")).click();
        keep.findElement(testId("hide")).click();
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Keep this one").isEmpty());
        bobPage.driver().navigate().refresh();
        bobPage.waitFor(WAIT, d -> messagesWith(d, "This message was recalled").size() == 1);
        assertTrue(messagesWith(bobPage.driver(), "Keep this one").isEmpty(), "deleted for Bob, also after a reload");
        assertEquals(1, messagesWith(annPage.driver(), "Keep this one").size(), "but not for Ann");
    }

    @Test
    void aLostAckIsRetriedWithTheSameClientMsgIdAndTheMessageIsStoredOnce() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String gid = api.groupOf(ann, List.of(bob), null);
        Browser page = Browser.open(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        browsers.add(page);
        PageProbes.loseFirstIncoming(page, "ack");
        loggedIn(page, ann);
        open(page, gid);

        say(page, "Only once");

        List<?> sends = page.waitFor(WAIT, d -> {
            List<?> sent = (List<?>) page.driver().executeScript(
                    "return window.__framesSent.filter(f => f.type === 'send').map(f => f.clientMsgId)");
            return sent.size() >= 2 ? sent : null;
        });
        assertEquals(sends.get(0), sends.get(1), "the retry carries the same clientMsgId");
        page.waitFor(WAIT, d -> messagesWith(d, "Only once").stream()
                .anyMatch(m -> "1".equals(m.getDomAttribute("data-seq")) && m.getDomAttribute("data-state") == null));
        var stored = api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token()).json().getJsonArray("items");
        assertEquals(1, stored.size(), stored.toString());
        assertEquals(1, messagesWith(page.driver(), "Only once").size());
    }

    @Test
    void pushThenPullAppendsOnlyWhatFollowsAndPullsTheGaps() {
        Browser page = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browsers.add(page);
        page.go(Api.BASE + "/");
        Object answer = page.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/timeline.js').then(({ Timeline }) => {
                  const m = seq => ({ seq, senderId: 'a', text: 'm' + seq });
                  const t = new Timeline('g');
                  t.loadNewest([m(1), m(2)], false, 2);
                  const steps = [];
                  steps.push(JSON.stringify(t.notified(3, [m(3)])) + ' ' + t.lastSeq);       // follows: appended
                  steps.push(JSON.stringify(t.notified(3, [m(3)])) + ' ' + t.lastSeq);       // again: nothing
                  steps.push(JSON.stringify(t.notified(6, [m(6)])) + ' ' + t.lastSeq);       // a gap: pulled
                  steps.push(JSON.stringify(t.notified(7, [m(7)])) + ' ' + t.lastSeq);       // one pull at a time
                  steps.push(JSON.stringify(t.pulled([m(4), m(6)], false)) + ' ' + t.lastSeq); // 5 hidden; 7 still wanted
                  steps.push(JSON.stringify(t.pulled([m(7)], false)) + ' ' + t.lastSeq);
                  steps.push(t.messages.map(x => x.seq).join(','));
                  done(steps);
                });
                """);
        assertEquals(List.of("null 3", "null 3", "{\"after\":3,\"until\":6} 3", "null 3",
                "{\"after\":6,\"until\":7} 6", "null 7", "1,2,3,4,6,7"), answer);
    }
}
