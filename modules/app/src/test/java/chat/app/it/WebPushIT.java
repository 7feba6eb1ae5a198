package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Offline push in the browser, end to end: the page turns notifications on (permission granted
 * through the DevTools protocol, as a user's click in the prompt would), registers its service
 * worker and subscribes; the server encrypts a push for the subscription when Bob has no tab open;
 * the push the test's push service took is decrypted and handed to the service worker through the
 * DevTools protocol (Chromium's own way to deliver a push), which shows it; a click on it opens the
 * conversation in Bob's tab.
 *
 * <p>Headless Chromium has no push service to subscribe with (it would call Google's), so the
 * page's {@code PushManager} answers with a subscription the test made as a browser would (its
 * own P-256 key pair and auth secret, pointing at {@link PushService}). Nothing else is stood in
 * for. The click is a {@code notificationclick} event dispatched in the worker: headless Chromium
 * draws no notification to click, and a script-made event may not take the window's focus, which
 * the worker allows for.
 */
class WebPushIT extends BrowserIT {

    private PushService service;

    @BeforeEach
    void startThePushService() throws Exception {
        service = new PushService();
    }

    @AfterEach
    void stopThePushService() {
        service.close();
    }

    private BrowserDevTools devTools;
    /** The DevTools session of Bob's tab, and his service worker registrations by scope. */
    private String tab;
    private final Map<String, String> registrations = new ConcurrentHashMap<>();

    @AfterEach
    void closeDevTools() {
        if (devTools != null) {
            devTools.close();
        }
    }

    @Test
    void theServiceWorkerShowsAPushWhileTheChatIsClosedAndItsClickOpensTheConversation() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String gid = lunchCrew(ann, bob);
        var device = service.device("bob-chromium");
        Browser bobPage = withNotificationsOn(bob, device);

        bobPage.go("about:blank"); // Bob closes the chat
        awaitOffline(bob);
        var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("w-1", "Lunch at noon?"));
        assertEquals(201, sent.status(), sent.raw());
        JsonObject push = device.read(service.await(device.name(), 1, WAIT).get(0));

        deliver(bobPage, push.toString());
        assertEquals(List.of("Lunch crew | Ann Lee: Lunch at noon?"), notifications(bobPage));

        bobPage.go(Api.BASE + "/#/"); // the chat open again, on the list
        bobPage.waitForTestId("conversation-" + gid);
        evaluate(worker(bobPage), "self.registration.getNotifications().then(ns => { self.dispatchEvent("
                + "new NotificationEvent('notificationclick', { notification: ns[0] })); return ns.length; })");
        bobPage.waitForTestId("composer");
        assertEquals(Api.BASE + "/#/c/" + gid, bobPage.driver().getCurrentUrl());
        bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").size() == 1);
    }

    /**
     * Bob's chat is open in a tab behind another one: his socket is live, so no push comes, and the
     * page shows the message itself, through the service worker; not for a conversation he set to
     * do-not-disturb.
     */
    @Test
    void aHiddenTabShowsNewMessagesItselfButNotOfAQuietConversation() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String gid = lunchCrew(ann, bob);
        var quiet = api.post("/api/v1/groups", ann.token(), Json.createObjectBuilder().add("name", "Chit-chat")
                .add("memberIds", Json.createArrayBuilder().add(bob.id())).build()).json().getString("id");
        assertEquals(204, api.put("/api/v1/groups/" + quiet + "/settings", bob.token(),
                Json.createObjectBuilder().add("doNotDisturb", true).build()).status());
        Browser bobPage = withNotificationsOn(bob, service.device("bob-hidden"));
        bobPage.waitForTestId("conversation-" + quiet);
        bobPage.driver().switchTo().newWindow(WindowType.TAB); // the chat's tab is hidden behind this one
        assertEquals(Boolean.TRUE, evaluate(tab, "document.hidden"));

        assertEquals(201, api.post(MessagesIT.messages(quiet), ann.token(), MessagesIT.text("h-1", "psst")).status());
        assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("h-2", "Cake in the kitchen")).status());
        assertEquals(List.of("Lunch crew | Ann Lee: Cake in the kitchen"), notifications(bobPage));
        assertEquals(List.of(), service.to("bob-hidden"), "Bob's socket is live: no push");
    }

    /**
     * Bob in a browser of his own, logged in, with notifications turned on in the page; the test
     * watches his tab's service worker registrations.
     */
    private Browser withNotificationsOn(Api.TestUser bob, PushService.Device device) {
        Browser bobPage = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browsers.add(bobPage);
        devTools = BrowserDevTools.of(bobPage);
        devTools.send(null, "Browser.grantPermissions", Map.of("origin", Api.BASE, "permissions", List.of("notifications")));
        bobPage.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", pushManager(device)));
        devTools.on("ServiceWorker.workerRegistrationUpdated", (at, event) -> registrationsOf(event)
                .forEach(r -> registrations.put(String.valueOf(r.get("scopeURL")), String.valueOf(r.get("registrationId")))));
        tab = devTools.attach(t -> "page".equals(t.get("type")));
        devTools.send(tab, "ServiceWorker.enable", Map.of());

        loggedIn(bobPage, bob);
        bobPage.byTestId("notifications-toggle").click();
        bobPage.waitFor(WAIT, d -> "true".equals(d.findElement(testId("notifications-toggle")).getDomAttribute("aria-pressed")));
        assertEquals(api.get("/api/v1/push/vapid-key", bob.token()).json().getString("publicKey"),
                bobPage.driver().executeScript("return window.subscribedWith"), "the page subscribed with the server's VAPID key");
        return bobPage;
    }

    /**
     * Hands the push to Bob's service worker, as his browser's push service would, until the worker
     * shows a notification: a push handed over while the worker is being stopped (it has no page
     * left) can be dropped by DevTools, where a push service would deliver it again.
     */
    private void deliver(Browser page, String data) {
        String registration = page.waitFor(WAIT, d -> registrations.get(Api.BASE + "/"));
        long until = System.nanoTime() + WAIT.toNanos();
        do {
            devTools.send(tab, "ServiceWorker.enable", Map.of());
            devTools.send(tab, "ServiceWorker.deliverPushMessage",
                    Map.of("origin", Api.BASE, "registrationId", registration, "data", data));
            for (int poll = 0; poll < 25; poll++) {
                pause(200);
                if (shown() != null) {
                    return;
                }
            }
        } while (System.nanoTime() < until);
        throw new AssertionError("the service worker showed no notification for the push " + data);
    }

    /** The notifications the worker shows, as "title | body", once there is one. */
    private Object notifications(Browser page) {
        return page.waitFor(WAIT, d -> shown());
    }

    /** What Bob's worker shows now, as "title | body"; null when nothing, or when no worker runs. */
    private List<?> shown() {
        String worker = devTools.attach(t -> "service_worker".equals(t.get("type")), false);
        if (worker == null) {
            return null;
        }
        List<?> shown = (List<?>) evaluate(worker, "self.registration.getNotifications().then(ns => ns.map(n => n.title + ' | ' + n.body))");
        return shown.isEmpty() ? null : shown;
    }

    /** A DevTools session of Bob's service worker, once it runs. */
    private String worker(Browser page) {
        return page.waitFor(WAIT, d -> devTools.attach(t -> "service_worker".equals(t.get("type")), false));
    }

    /** The page's PushManager, subscribing as a browser with the device's keys would; it notes the VAPID key it was given. */
    private static String pushManager(PushService.Device device) {
        JsonObject keys = device.subscription();
        return """
                (() => {
                  const endpoint = '%s', keys = { p256dh: '%s', auth: '%s' };
                  const base64url = bytes => btoa(String.fromCharCode(...bytes))
                      .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
                  let current = null;
                  PushManager.prototype.subscribe = async function (options) {
                    window.subscribedWith = base64url(new Uint8Array(options.applicationServerKey));
                    current = { endpoint, expirationTime: null, toJSON: () => ({ endpoint, expirationTime: null, keys }),
                                unsubscribe: async () => { current = null; return true; } };
                    return current;
                  };
                  PushManager.prototype.getSubscription = async function () { return current; };
                })();
                """.formatted(keys.getString("endpoint"), keys.getString("p256dh"), keys.getString("auth"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> registrationsOf(Map<String, Object> event) {
        return (List<Map<String, Object>>) event.get("registrations");
    }

    private Object evaluate(String session, String expression) {
        var answer = devTools.send(session, "Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (answer.containsKey("exceptionDetails")) {
            throw new AssertionError("the worker threw: " + answer.get("exceptionDetails"));
        }
        return ((Map<?, ?>) answer.get("result")).get("value");
    }

    private void awaitOffline(Api.TestUser user) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (api.get("/api/v1/presence?userIds=" + user.id(), user.token()).json().getJsonArray("items")
                .getJsonObject(0).getBoolean("online")) {
            if (System.nanoTime() > until) {
                throw new AssertionError(user.username() + " still shows online after the page closed");
            }
            pause(100);
        }
    }
}
