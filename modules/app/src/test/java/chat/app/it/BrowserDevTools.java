package chat.app.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.devtools.idealized.target.model.SessionID;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * The browser's DevTools protocol beyond the one page chromedriver drives: Selenium's own CDP
 * connection to the whole browser, so a test can attach to any target (a service worker too),
 * listen to its events and send it commands. Commands and events go by their protocol names, with
 * maps for parameters and results, so the test is not tied to one Chromium's generated classes.
 */
final class BrowserDevTools implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Connection connection;

    private BrowserDevTools(Connection connection) {
        this.connection = connection;
    }

    /** Connects to the browser behind the page, at the debugging address chromedriver gave it. */
    static BrowserDevTools of(Browser page) {
        var options = (Map<?, ?>) page.driver().getCapabilities().getCapability("goog:chromeOptions");
        String address = String.valueOf(options.get("debuggerAddress"));
        String socket;
        try {
            String version = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            socket = jakarta.json.Json.createReader(new StringReader(version)).readObject().getString("webSocketDebuggerUrl");
        } catch (IOException e) {
            throw new AssertionError("no DevTools endpoint at " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        var client = HttpClient.Factory.createDefault().createClient(ClientConfig.defaultConfig().baseUri(URI.create(socket)));
        return new BrowserDevTools(new Connection(client, socket));
    }

    /** Attaches to the first target the test picks from {@code Target.getTargets}' infos; returns the session. */
    String attach(Predicate<Map<String, Object>> target) {
        return attach(target, true);
    }

    /** As {@link #attach(Predicate)}; with no such target, null unless {@code required}. */
    @SuppressWarnings("unchecked")
    String attach(Predicate<Map<String, Object>> target, boolean required) {
        var infos = (List<Map<String, Object>>) send(null, "Target.getTargets", Map.of()).get("targetInfos");
        var picked = infos.stream().filter(target).findFirst();
        if (picked.isEmpty()) {
            if (required) {
                throw new AssertionError("no such target among " + infos);
            }
            return null;
        }
        return (String) send(null, "Target.attachToTarget", Map.of("targetId", picked.get().get("targetId"), "flatten", true))
                .get("sessionId");
    }

    /** Sends a command to the session (null: the browser itself) and returns its result. */
    Map<String, Object> send(String session, String method, Map<String, Object> params) {
        return connection.sendAndWait(session == null ? null : new SessionID(session),
                new Command<Map<String, Object>>(method, params, Json.MAP_TYPE), TIMEOUT);
    }

    /** Calls back with each event of that name, from any session. */
    void on(String event, BiConsumer<Long, Map<String, Object>> listener) {
        connection.addListener(new Event<Map<String, Object>>(event, input -> input.read(Json.MAP_TYPE)), listener);
    }

    @Override
    public void close() {
        connection.close();
    }
}
