package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import chat.app.it.Api.TestUser;
import jakarta.json.Json;

/**
 * The base of the browser tests: people log in through the web client in headless Chromium, in
 * browsers of their own, against the running server; after each test every page must have run
 * without a script or console error. Screens are saved to docs/screenshots at phone and desktop width.
 */
abstract class BrowserIT extends ServerIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Reconnection backs off up to 30 s between attempts. */
    static final Duration WAIT_LONG = Duration.ofSeconds(60);
    static final String PASSWORD = "correct horse battery";

    final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void everyPageRanWithoutErrors() {
        try {
            browsers.forEach(Browser::assertNoErrors);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

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
        String gid = lunchCrew(ann, bob);
        var two = new Two(ann, bob, logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT),
                logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT), gid);
        open(two.annPage(), gid);
        open(two.bobPage(), gid);
        return two;
    }

    /** Ann's group "Lunch crew" with Bob. */
    String lunchCrew(TestUser ann, TestUser bob) {
        // Named at creation: a rename would add a SYSTEM message, a moment later, among the test's own.
        api.makeContacts(ann, bob);
        var created = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Lunch crew")
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build());
        assertEquals(201, created.status(), created.raw());
        return created.json().getString("id");
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
        page.type("login-username", user.username());
        page.type("login-password", PASSWORD);
        page.byTestId("login-submit").click();
        page.waitFor(WAIT, d -> !d.findElements(By.cssSelector("[data-testid=connection]")).isEmpty()
                && "Online".equals(d.findElement(testId("connection")).getDomProperty("textContent").trim()));
        return page;
    }

    static void open(Browser page, String gid) {
        page.go(Api.BASE + "/#/c/" + gid);
        page.waitForTestId("composer");
    }

    /**
     * Writes the message in the open conversation's composer and sends it with Enter once the
     * composer shows all of it; returns when the composer is empty again (the message is on its way).
     */
    static void say(Browser page, String text) {
        page.type("composer", text).sendKeys(Keys.ENTER);
        page.waitForValue("composer", "");
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
