package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    @Test
    void theServiceWorkerShowsAPushWhileTheChatIsClosedAndItsClickOpensTheConversation() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        String gid = lunchCrew(ann, bob);
        var device = service.device("bob-chromium");
        Browser bobPage = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browsers.add(bobPage);
        try (var devTools = BrowserDevTools.of(bobPage)) {
            devTools.send(null, "Browser.grantPermissions",
                    Map.of("origin", Api.BASE, "permissions", List.of("notifications")));
            bobPage.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", pushManager(device)));
            Map<String, String> registrations = new ConcurrentHashMap<>();
            devTools.on("ServiceWorker.workerRegistrationUpdated", (at, event) -> registrationsOf(event)
                    .forEach(r -> registrations.put(String.valueOf(r.get("scopeURL")), String.valueOf(r.get("registrationId")))));
            String tab = devTools.attach(t -> "page".equals(t.get("type")));
            devTools.send(tab, "ServiceWorker.enable", Map.of());

            loggedIn(bobPage, bob);
            bobPage.byTestId("notifications-toggle").click();
            bobPage.waitFor(WAIT, d -> "true".equals(d.findElement(testId("notifications-toggle")).getDomAttribute("aria-pressed")));
            assertEquals(api.get("/api/v1/push/vapid-key", bob.token()).json().getString("publicKey"),
                    bobPage.driver().executeScript("return window.subscribedWith"), "the page subscribed with the server's VAPID key");

            bobPage.go("about:blank"); // Bob closes the chat
            awaitOffline(bob);
            var sent = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("w-1", "Lunch at noon?"));
            assertEquals(201, sent.status(), sent.raw());
            JsonObject push = device.read(service.await(device.name(), 1, WAIT).get(0));

            String registration = bobPage.waitFor(WAIT, d -> registrations.get(Api.BASE + "/"));
            devTools.send(tab, "ServiceWorker.deliverPushMessage",
                    Map.of("origin", Api.BASE, "registrationId", registration, "data", push.toString()));
            String worker = devTools.attach(t -> "service_worker".equals(t.get("type")));
            Object shown = bobPage.waitFor(WAIT, d -> {
                Object notifications = evaluate(devTools, worker,
                        "self.registration.getNotifications().then(ns => ns.map(n => n.title + ' | ' + n.body))");
                return ((List<?>) notifications).isEmpty() ? null : notifications;
            });
            assertEquals(List.of("Lunch crew | Ann Lee: Lunch at noon?"), shown);

            bobPage.go(Api.BASE + "/#/"); // the chat open again, on the list
            bobPage.waitForTestId("conversation-" + gid);
            evaluate(devTools, worker, "self.registration.getNotifications().then(ns => { self.dispatchEvent("
                    + "new NotificationEvent('notificationclick', { notification: ns[0] })); return ns.length; })");
            bobPage.waitForTestId("composer");
            assertEquals(Api.BASE + "/#/c/" + gid, bobPage.driver().getCurrentUrl());
            bobPage.waitFor(WAIT, d -> messagesWith(d, "Lunch at noon?").size() == 1);
        }
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

    private static Object evaluate(BrowserDevTools devTools, String session, String expression) {
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
