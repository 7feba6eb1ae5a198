package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

/**
 * A node on a remote broker ({@code CHAT_BROKER_URL}) that restarts under it: readiness says DOWN
 * while the node's consumers are cut off, and after the restart every consumer is back by itself: the
 * fan-out topic (a member's open socket hears of a new message) and the durable queues (a red
 * packet's credit lands). The broker here is a standalone Artemis in the test's JVM, with its own
 * journal. Runs in the crash execution: it owns the server's process.
 */
class BrokerRestartCrashIT {

    private static final LibertyProcess SERVER = new LibertyProcess();
    private static final String URL = "tcp://127.0.0.1:61817";
    private static final Path JOURNAL = Path.of(System.getProperty("chat.it.varDir")).resolveSibling("remote-broker");

    private final Api api = new Api();
    private final Money money = new Money(api);

    @Test
    void aRemoteBrokerRestartIsSurvivedByEveryConsumer() throws Exception {
        EmbeddedActiveMQ broker = startBroker();
        SERVER.start(Map.of("CHAT_BROKER_URL", URL));
        try {
            var ann = api.newUser();
            var bob = api.newUser();
            String gid = money.group(ann, List.of(bob));
            String messages = "/api/v1/groups/" + gid + "/messages";
            try (Ws socket = Ws.connect(api, bob)) {
                var heartbeat = Executors.newSingleThreadScheduledExecutor();
                heartbeat.scheduleWithFixedDelay(() -> socket.send("{\"type\":\"ping\"}"), 1, 1, TimeUnit.SECONDS);
                try {
                    assertEquals(201, api.post(messages, ann.token(), MessagesIT.text("b-1", "before")).status());
                    socket.next(f -> "notify".equals(f.getString("type", "")) && f.getInt("seq") == 1, 15);

                    broker.stop();
                    awaitReadiness(503);
                    broker = startBroker();
                    awaitReadiness(200);

                    assertEquals(201, api.post(messages, ann.token(), MessagesIT.text("b-2", "after")).status());
                    socket.next(f -> "notify".equals(f.getString("type", "")) && f.getInt("seq") >= 2, 30);
                } finally {
                    heartbeat.shutdownNow();
                }
            }
            money.credit(ann, 500);
            String packet = money.sent(ann, gid, 500, 1);
            assertEquals(200, money.grab(bob, packet).status());
            assertEquals(200, money.open(bob, packet).status());
            money.awaitBalance(bob, 500);
        } finally {
            SERVER.stop();
            broker.stop();
        }
    }

    private void awaitReadiness(int status) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (api.get("/health/ready", null).status() != status && System.currentTimeMillis() < deadline) {
            Money.pause(500);
        }
        var ready = api.get("/health/ready", null);
        assertEquals(status, ready.status(), ready.raw());
    }

    private static EmbeddedActiveMQ startBroker() throws Exception {
        var config = new ConfigurationImpl()
                .setName("remote-broker-for-tests")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(JOURNAL.resolve("journal").toString())
                .setBindingsDirectory(JOURNAL.resolve("bindings").toString())
                .setPagingDirectory(JOURNAL.resolve("paging").toString())
                .setLargeMessagesDirectory(JOURNAL.resolve("large-messages").toString())
                .addAcceptorConfiguration("tcp", URL)
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        return broker;
    }
}
