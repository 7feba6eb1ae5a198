package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import chat.app.it.Api.TestUser;

/**
 * The web client's encoding: Protocol Buffers frames by default (the subprotocol chat.v1.proto,
 * protobuf.js with the served schema), and JSON text frames when a proxy in the way does not pass
 * the subprotocol on; a conversation between a page on each reads the same.
 */
class WebProtocolIT extends BrowserIT {

    private static final String PROTOBUF = "chat.v1.proto";

    private static String encoding(Browser page) {
        return page.byTestId("connection").getDomAttribute("data-encoding");
    }

    /** The page's open socket, as {@link PageProbes#watchSockets(Browser)} saw it. */
    private static Map<String, Object> openSocket(Browser page) {
        var sockets = PageProbes.sockets(page);
        return sockets.get(sockets.size() - 1);
    }

    private static long frames(Map<String, Object> socket, String way, String kind) {
        return ((Number) ((Map<?, ?>) socket.get(way)).get(kind)).longValue();
    }

    private Browser watchedPage(TestUser user, String base, int width, int height) {
        Browser page = Browser.open(width, height);
        browsers.add(page);
        PageProbes.watchSockets(page);
        page.go(base + "/");
        page.type("login-username", user.username());
        page.type("login-password", PASSWORD);
        page.byTestId("login-submit").click();
        page.waitFor(WAIT, d -> d.findElements(testId("connection")).stream()
                .anyMatch(status -> "Online".equals(status.getDomProperty("textContent").trim())));
        return page;
    }

    /** Ann and Bob say something to each other; each sees the other's words, once. */
    private void talk(Browser annPage, Browser bobPage, String gid, String base) {
        annPage.go(Api.BASE + "/#/c/" + gid);
        annPage.waitForTestId("composer");
        bobPage.go(base + "/#/c/" + gid);
        bobPage.waitForTestId("composer");
        say(annPage, "Lunch at noon? 🍜");
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon? 🍜").size() == 1);
        say(bobPage, "好的，十二点见");
        annPage.waitFor(WAIT, d -> messagesWith(d, "好的，十二点见").size() == 1);
        assertEquals(List.of("1", "2"), seqs(annPage.driver()));
        assertEquals(List.of("1", "2"), seqs(bobPage.driver()));
    }

    @Test
    void thePageSpeaksProtobufFramesByDefault() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        String gid = lunchCrew(ann, bob);
        Browser annPage = watchedPage(ann, Api.BASE, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser bobPage = watchedPage(bob, Api.BASE, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);

        talk(annPage, bobPage, gid, Api.BASE);

        // A time travels as a google.protobuf.Timestamp; the page has the JSON frames' string again.
        String sentAt = api.get("/api/v1/groups/" + gid + "/messages?after=0", bob.token()).json().getJsonArray("items")
                .getJsonObject(0).getString("sentAt");
        assertEquals(sentAt, bobPage.driver().findElement(By.cssSelector("[data-testid=message][data-seq='1'] time"))
                .getDomAttribute("datetime"));
        for (Browser page : List.of(annPage, bobPage)) {
            assertEquals(PROTOBUF, encoding(page));
            var socket = openSocket(page);
            assertEquals(List.of(PROTOBUF, "chat.v1.json"), socket.get("offered"));
            assertEquals(PROTOBUF, socket.get("protocol"));
            assertTrue(frames(socket, "received", "binary") >= 2, socket.toString());
            assertTrue(frames(socket, "sent", "binary") >= 1, socket.toString());
            assertEquals(0, frames(socket, "received", "text"), socket.toString());
            assertEquals(0, frames(socket, "sent", "text"), socket.toString());
        }
    }

    @Test
    void aProxyThatDropsTheSubprotocolLeavesThePageOnJsonText() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        String gid = lunchCrew(ann, bob);
        try (var proxy = HeaderDroppingProxy.dropping("Sec-WebSocket-Protocol")) {
            Browser annPage = watchedPage(ann, Api.BASE, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
            Browser bobPage = watchedPage(bob, proxy.base(), Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            browsers.remove(bobPage); // his console has the refused handshake: only his scripts must be clean

            try {
                talk(annPage, bobPage, gid, proxy.base());

                assertEquals(PROTOBUF, encoding(annPage));
                assertEquals("chat.v1.json", encoding(bobPage));
                var sockets = PageProbes.sockets(bobPage);
                assertEquals(List.of(PROTOBUF, "chat.v1.json"), sockets.get(0).get("offered"), sockets.toString());
                assertEquals(null, sockets.get(0).get("protocol"), "the handshake with protobuf offered failed");
                var open = openSocket(bobPage);
                assertEquals(List.of(), open.get("offered"), sockets.toString());
                assertEquals("", open.get("protocol"));
                assertTrue(frames(open, "received", "text") >= 2, open.toString());
                assertEquals(0, frames(open, "received", "binary"), open.toString());
                assertEquals(0, frames(open, "sent", "binary"), open.toString());
                assertEquals(List.of(), bobPage.scriptErrors());
                assertTrue(bobPage.errors().stream().allMatch(e -> e.contains("WebSocket")), bobPage.errors().toString());
            } finally {
                bobPage.close();
            }
        }
    }
}
