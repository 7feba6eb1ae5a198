package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import chat.app.it.Api.TestUser;
import jakarta.json.Json;

/**
 * The web client in headless Chromium against the running server: people log in through the
 * page, in browsers of their own, and do what the client is for; every page must finish without
 * a script or console error. The screens are saved to docs/screenshots at phone and desktop width.
 */
class WebClientIT extends ServerIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Reconnection backs off up to 30 s between attempts. */
    static final Duration WAIT_LONG = Duration.ofSeconds(60);
    static final String PASSWORD = "correct horse battery";

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void everyPageRanWithoutErrors() {
        try {
            browsers.forEach(Browser::assertNoErrors);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    @Test
    void aMessageSentInOneBrowserAppearsOnceInTheOtherWithoutAReload() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.byTestId("composer").sendKeys("Lunch at noon?" + Keys.ENTER);

        bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").size() == 1);
        annPage.waitFor(WAIT, d -> "1".equals(messagesWith(d, "Lunch at noon?").get(0).getDomAttribute("data-seq")));
        bobPage.byTestId("composer").sendKeys("Yes, see you there" + Keys.ENTER);
        annPage.waitFor(WAIT, d -> messagesWith(d, "Yes, see you there").size() == 1);
        pause(1_000);
        assertEquals(1, messagesWith(bobPage.driver(), "Lunch at noon?").size(), "shown once, never twice");
        assertEquals(1, messagesWith(annPage.driver(), "Lunch at noon?").size(), "the pending copy became the message");
        assertEquals(List.of("1", "2"), seqs(bobPage.driver()));
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
    void anImageUploadShowsAThumbnailOnTheOtherSide() throws Exception {
        Path picture = Files.createTempFile("holiday", ".png");
        Files.write(picture, Samples.image("png", 800, 600));
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.byTestId("attach").sendKeys(picture.toString());

        WebElement thumbnail = bobPage.waitFor(WAIT, d -> {
            var shown = d.findElements(By.cssSelector("[data-testid=message] img[data-testid=thumbnail]"));
            return !shown.isEmpty() && loaded(d, shown.get(0)) ? shown.get(0) : null;
        });
        thumbnail.click();
        WebElement full = bobPage.waitForTestId("full-image");
        bobPage.waitFor(WAIT, d -> loaded(d, full));
        assertEquals(800L, bobPage.driver().executeScript("return arguments[0].naturalWidth", full));
        Files.delete(picture);
    }

    @Test
    void aRedPacketIsGrabbedAndOpenedAndTheAmountShows() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.go(Api.BASE + "/#/wallet");
        annPage.waitForTestId("topup-amount").sendKeys("50");
        annPage.byTestId("topup-submit").click();
        annPage.waitFor(WAIT, d -> "50.00".equals(d.findElement(testId("wallet-balance")).getText()));
        annPage.screenshot("wallet-1280");
        open(annPage, gid);
        annPage.byTestId("redpack-compose").click();
        annPage.waitForTestId("redpack-amount").sendKeys("8.88");
        annPage.byTestId("redpack-count").clear();
        annPage.byTestId("redpack-count").sendKeys("2");
        annPage.byTestId("redpack-greeting").sendKeys("Happy Friday");
        annPage.byTestId("redpack-submit").click();

        open(bobPage, gid);
        bobPage.waitFor(WAIT, d -> d.findElements(testId("redpack")).size() == 1);
        bobPage.byTestId("redpack").click();
        bobPage.waitForTestId("redpack-grab").click();
        bobPage.waitForTestId("redpack-open").click();
        String amount = bobPage.waitForTestId("redpack-amount-received").getText();
        assertTrue(Pattern.matches("\\d+\\.\\d\\d", amount), amount);
        long cents = Long.parseLong(amount.replace(".", ""));
        assertTrue(cents >= 1 && cents <= 887, "one of two shares of 8.88: " + amount);
        bobPage.waitFor(WAIT, d -> d.findElement(testId("redpack-claims")).getText().contains(amount));
        bobPage.screenshot("redpack-375");
        new Money(api).awaitBalance(two.bob(), cents);
    }

    @Test
    void aGroupIsCreatedFromContactsAndAMutedMembersComposerSaysSo() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        api.makeContacts(ann, bob);
        Browser annPage = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser bobPage = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);

        annPage.go(Api.BASE + "/#/new-group");
        annPage.waitForTestId("new-group-name").sendKeys("Book club");
        annPage.waitForTestId("pick-" + bob.id()).click();
        annPage.byTestId("new-group-create").click();
        String gid = annPage.waitFor(WAIT, d -> {
            var m = Pattern.compile("#/c/([^/]+)$").matcher(d.getCurrentUrl());
            return m.find() ? m.group(1) : null;
        });
        bobPage.waitForTestId("conversation-" + gid).click();
        bobPage.waitForTestId("composer");
        assertTrue(bobPage.byTestId("composer").isEnabled());

        annPage.go(Api.BASE + "/#/c/" + gid + "/info");
        annPage.waitForTestId("mute-" + bob.id()).click();

        String note = bobPage.waitForTestId("composer-note").getText();
        assertTrue(note.startsWith("You are muted until"), note);
        assertFalse(bobPage.byTestId("composer").isEnabled());
        assertFalse(bobPage.byTestId("send").isEnabled());
        annPage.waitFor(WAIT, d -> d.findElement(testId("member-" + bob.id())).getText().contains("muted until"));
        annPage.screenshot("group-details-1280");
        bobPage.screenshot("muted-375");
    }

    @Test
    void anInviteLinksQrCodeLeadsIntoTheGroup() {
        var ann = named("Ann Lee");
        var cat = named("Cat Wu");
        String gid = api.groupOf(ann, List.of(named("Bob Chen")), null);
        Browser annPage = logIn(ann, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        annPage.go(Api.BASE + "/#/c/" + gid + "/info");
        annPage.waitForTestId("create-invite").click();
        String link = annPage.waitForTestId("invite-link").getDomProperty("value");
        WebElement qr = annPage.waitFor(WAIT, d -> d.findElement(testId("invite-qr")).findElements(By.tagName("img"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertEquals(link, annPage.readQrCode(qr), "the QR code says the link");
        annPage.screenshot("invite-375");

        Browser catPage = logIn(cat, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        catPage.go(link);
        catPage.waitFor(WAIT, d -> d.getCurrentUrl().endsWith("#/c/" + gid));
        catPage.waitForTestId("conversation-" + gid);
        assertEquals(200, api.get("/api/v1/groups/" + gid, cat.token()).status(), "Cat is a member");
    }

    @Test
    void contactsAreFoundByUsernameAskedAndAccepted() {
        Two two = twoPeople();
        var ann = two.ann();
        var bob = two.bob();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        annPage.go(Api.BASE + "/#/contacts");
        annPage.waitForTestId("contact-search").sendKeys(bob.username().substring(0, 12) + Keys.ENTER);
        annPage.waitForTestId("add-" + bob.username()).click();

        bobPage.go(Api.BASE + "/#/contacts");
        bobPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid^=accept-]")).size() == 1);
        bobPage.driver().findElement(By.cssSelector("[data-testid^=accept-]")).click();
        bobPage.waitForTestId("contact-" + ann.username());
        annPage.waitForTestId("contact-" + bob.username());
        annPage.waitFor(WAIT, d -> d.findElement(testId("contact-" + bob.username())).getText().contains("online"));
        annPage.screenshot("contacts-1280");
        annPage.byTestId("message-" + bob.username()).click();
        annPage.waitForTestId("composer").sendKeys("Hi Bob" + Keys.ENTER);
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid^=conversation-]")).size() == 1
                && d.findElement(By.cssSelector("[data-testid^=unread-]")).getText().equals("1"));
    }

    @Test
    void peopleStandingTogetherMeetInAFaceToFaceGroup() {
        Two two = twoPeople();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        String code = String.valueOf(1000 + (int) (Math.random() * 9000));
        annPage.setGeolocation(31.230416, 121.473701);
        bobPage.setGeolocation(31.230500, 121.473800);   // about 13 m away
        for (Browser page : List.of(annPage, bobPage)) {
            page.go(Api.BASE + "/#/nearby");
            page.waitForTestId("nearby-code").sendKeys(code);
            page.byTestId("nearby-find").click();
        }
        annPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=nearby-members] li")).size() == 2);
        annPage.screenshot("face-to-face-1280");
        annPage.byTestId("nearby-enter").click();
        bobPage.waitForTestId("nearby-enter").click();
        String annUrl = annPage.waitFor(WAIT, d -> d.getCurrentUrl().contains("#/c/") ? d.getCurrentUrl() : null);
        bobPage.waitFor(WAIT, d -> d.getCurrentUrl().contains("#/c/"));
        String gid = annUrl.substring(annUrl.indexOf("#/c/") + 4);
        assertTrue(bobPage.driver().getCurrentUrl().endsWith("#/c/" + gid), "both entered the same group");
    }

    @Test
    void aMessageIsRecalledForEveryoneOrDeletedForMeFromItsMenu() {
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        annPage.byTestId("composer").sendKeys("Oops, wrong chat" + Keys.ENTER);
        annPage.byTestId("composer").sendKeys("Keep this one" + Keys.ENTER);
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
    void theOwnerRenamesAnnouncesKicksAndDisbands() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat), null);
        Browser annPage = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser bobPage = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser catPage = logIn(cat, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        open(bobPage, gid);
        open(catPage, gid);
        annPage.go(Api.BASE + "/#/c/" + gid + "/info");

        WebElement name = annPage.waitForTestId("group-name");
        name.clear();
        name.sendKeys("Friday lunch" + Keys.ENTER);
        annPage.waitForTestId("group-announcement").sendKeys("Table for three at noon");
        annPage.driver().findElement(By.xpath("//button[normalize-space()='Post announcement']")).click();
        bobPage.waitFor(WAIT, d -> d.findElement(By.cssSelector(".conversation-head h2")).getText().startsWith("Friday lunch"));
        bobPage.waitFor(WAIT, d -> d.findElements(testId("announcement")).size() == 1
                && d.findElement(testId("announcement")).getText().contains("Table for three at noon"));
        bobPage.waitFor(WAIT, d -> messagesWith(d, "renamed the group").size() == 1);

        annPage.waitForTestId("kick-" + cat.id()).click();
        catPage.waitForTestId("gone");
        assertEquals(404, api.get("/api/v1/groups/" + gid, cat.token()).status());

        annPage.waitForTestId("disband").click();
        annPage.driver().switchTo().alert().accept();
        annPage.waitFor(WAIT, d -> d.findElements(testId("conversation-" + gid)).isEmpty());
        bobPage.waitForTestId("gone");
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitFor(WAIT, d -> d.findElements(testId("conversation-" + gid)).isEmpty());
    }

    @Test
    void videoAndAudioPlayInTheTimeline() throws Exception {
        Path video = Files.createTempFile("clip", ".mp4");
        Files.write(video, Samples.video(320, 240, 20));
        Path audio = Files.createTempFile("voice", ".wav");
        Files.write(audio, Samples.wav(1_500));
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.byTestId("attach").sendKeys(video.toString());
        WebElement player = bobPage.waitFor(WAIT, d -> d.findElements(testId("video")).stream().findFirst().orElse(null));
        bobPage.waitFor(WAIT, d -> Boolean.TRUE.equals(bobPage.driver().executeScript(
                "return arguments[0].readyState >= 1 && arguments[0].duration > 1.9", player)));
        annPage.byTestId("attach").sendKeys(audio.toString());
        WebElement voice = bobPage.waitFor(WAIT, d -> d.findElements(testId("audio")).stream().findFirst().orElse(null));
        bobPage.waitFor(WAIT, d -> Boolean.TRUE.equals(bobPage.driver().executeScript(
                "return arguments[0].readyState >= 1 && arguments[0].duration > 1.4", voice)));
        Files.delete(video);
        Files.delete(audio);
    }

    @Test
    void theMainScreensMeetWcagAaOnAPhoneAndADesktop() {
        Two two = twoInAGroup();
        two.annPage().byTestId("composer").sendKeys("Accessible?" + Keys.ENTER);
        two.bobPage().waitFor(WAIT, d -> messagesWith(d, "Accessible?").size() == 1);
        Map<String, List<String>> found = new TreeMap<>();
        for (Browser page : List.of(two.annPage(), two.bobPage())) {
            for (String screen : List.of("#/c/" + two.gid(), "#/c/" + two.gid() + "/info", "#/", "#/contacts",
                    "#/wallet", "#/nearby", "#/new-group")) {
                page.go(Api.BASE + "/" + screen);
                page.waitFor(WAIT, d -> !d.findElements(By.cssSelector(".shell")).isEmpty());
                pause(500);
                List<String> violations = page.accessibilityViolations();
                if (!violations.isEmpty()) {
                    found.put(page.driver().manage().window().getSize().width + " " + screen, violations);
                }
            }
        }
        Browser login = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browsers.add(login);
        login.go(Api.BASE + "/");
        login.waitForTestId("login-username");
        List<String> atLogin = login.accessibilityViolations();
        if (!atLogin.isEmpty()) {
            found.put("login", atLogin);
        }
        assertEquals(Map.of(), found);
        // The audit can fail: a button with no name is found.
        login.driver().executeScript("document.body.insertAdjacentHTML('beforeend', '<button></button>')");
        assertTrue(login.accessibilityViolations().stream().anyMatch(v -> v.startsWith("button-name")));
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

    // --- helpers ------------------------------------------------------------------------------

    /** Ann at a desktop and Bob on a phone, each logged in in a browser of their own; gid their group, if any. */
    record Two(TestUser ann, TestUser bob, Browser annPage, Browser bobPage, String gid) {
    }

    Two twoPeople() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        return new Two(ann, bob, logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT),
                logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT), null);
    }

    /** Ann's group with Bob, open in both pages. */
    Two twoInAGroup() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String gid = api.groupOf(ann, List.of(bob), null);
        api.patch("/api/v1/groups/" + gid, ann.token(), Json.createObjectBuilder().add("name", "Lunch crew").build());
        var two = new Two(ann, bob, logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT),
                logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT), gid);
        open(two.annPage(), gid);
        open(two.bobPage(), gid);
        return two;
    }

    private final List<TestUser> bots = new ArrayList<>();

    /** A group the user owns with six operator-made members, and that many messages from them. */
    String busyGroup(TestUser owner, int messages) {
        bots.addAll(api.botUsers(6));
        var members = Json.createArrayBuilder();
        bots.forEach(b -> members.add(b.id()));
        var created = api.admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "Busy room")
                .add("ownerId", owner.id()).add("memberIds", members).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        String gid = created.json().getString("id");
        postNews(gid, messages);
        return gid;
    }

    /** Messages "news 0", "news 1"... from the bots, 18 each: under the per-sender rate limit. */
    void postNews(String gid, int count) {
        for (int i = 0; i < count; i++) {
            var sent = api.admin("/api/v1/admin/groups/" + gid + "/messages", Json.createObjectBuilder()
                    .add("clientMsgId", "news-" + i).add("senderId", bots.get(i / 18).id())
                    .add("type", "TEXT").add("text", "news " + i).build(), Api.ADMIN_KEY);
            assertEquals(201, sent.status(), sent.raw());
        }
    }

    /** A new user with a name people have, for the screenshots. */
    TestUser named(String nickname) {
        var user = api.newUser();
        api.patch("/api/v1/users/me", user.token(), Json.createObjectBuilder().add("nickname", nickname).build());
        return user;
    }

    /** A browser of its own for the user, logged in through the page; closed after the test. */
    Browser logIn(TestUser user, int width, int height) {
        Browser page = Browser.open(width, height);
        browsers.add(page);
        return loggedIn(page, user);
    }

    static Browser loggedIn(Browser page, TestUser user) {
        page.go(Api.BASE + "/");
        page.waitForTestId("login-username").sendKeys(user.username());
        page.byTestId("login-password").sendKeys(PASSWORD);
        page.byTestId("login-submit").click();
        page.waitFor(WAIT, d -> !d.findElements(By.cssSelector("[data-testid=connection]")).isEmpty()
                && "Online".equals(d.findElement(testId("connection")).getDomProperty("textContent").trim()));
        return page;
    }

    static void open(Browser page, String gid) {
        page.go(Api.BASE + "/#/c/" + gid);
        page.waitForTestId("composer");
    }

    static List<WebElement> messagesWith(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("[data-testid=message]")).stream()
                .filter(m -> m.getText().contains(text)).toList();
    }

    static List<String> seqs(WebDriver driver) {
        return driver.findElements(By.cssSelector("[data-testid=message]")).stream()
                .map(m -> m.getDomAttribute("data-seq")).toList();
    }

    /** The badge's text, or "" when the conversation has none. */
    static String badgeText(WebDriver driver, String gid) {
        var badges = driver.findElements(testId("unread-" + gid));
        return badges.isEmpty() ? "" : badges.get(0).getText();
    }

    static boolean loaded(WebDriver driver, WebElement image) {
        Object done = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image);
        return Boolean.TRUE.equals(done);
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid=\"" + id + "\"]");
    }

    static void pause(long millis) {
        Money.pause(millis);
    }
}
