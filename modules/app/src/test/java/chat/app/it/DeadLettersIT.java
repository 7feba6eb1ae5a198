package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A message no consumer can ever handle goes to the dead-letter queue, where the operator API lists
 * it and can re-drive it, while the queue goes on; and a claim whose credit order never arrives is
 * still credited, once, by the reconciler.
 */
class DeadLettersIT extends ServerIT {

    private static final String CREDITS = "chat.redpack-credits";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    private final Money money = new Money(api);

    @Test
    void aCreditOrderThatCanNeverSucceedIsDeadLetteredAndTheQueueGoesOn() throws Exception {
        String garbled = "not json " + Api.uniqueName();
        String namesNothing = Json.createObjectBuilder().add("packetId", "no-such-packet-" + Api.uniqueName())
                .add("userId", "nobody").add("amountCents", 5).build().toString();
        putOnQueue(CREDITS, garbled);
        putOnQueue(CREDITS, namesNothing);

        JsonObject garbledLetter = awaitLetter(garbled);
        JsonObject namesNothingLetter = awaitLetter(namesNothing);
        assertEquals(CREDITS, garbledLetter.getString("queue"));
        assertEquals(CREDITS, namesNothingLetter.getString("queue"));
        assertTrue(namesNothingLetter.getString("error").contains("no claim"), namesNothingLetter.toString());

        var storm = money.storm(1, 300, 1);
        var grabber = storm.grabbers().get(0);
        assertEquals(200, money.grab(grabber, storm.packetId()).status());
        assertEquals(200, money.open(grabber, storm.packetId()).status());
        money.awaitBalance(grabber, 300);

        var ready = api.get("/health/ready", null);
        var data = ready.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
        assertTrue(data.getJsonNumber("deadLetters").longValue() >= 2, data.toString());
        var metrics = api.get("/metrics?scope=application", null);
        var gauge = java.util.regex.Pattern.compile("(?m)^chat_dead_letters\\S* (\\d+)").matcher(metrics.raw());
        assertTrue(gauge.find() && Long.parseLong(gauge.group(1)) >= 2, "the gauge on /metrics: " + metrics.raw());
    }

    @Test
    void anOperatorReDrivesADeadLetterToTheQueueItCameFrom() throws Exception {
        String namesNothing = Json.createObjectBuilder().add("packetId", "no-such-packet-" + Api.uniqueName())
                .add("userId", "nobody").add("amountCents", 7).build().toString();
        putOnQueue(CREDITS, namesNothing);
        String id = awaitLetter(namesNothing).getString("id");

        var redriven = api.admin(DEAD_LETTERS + "/" + id + "/redrive", null, Api.ADMIN_KEY);
        assertEquals(200, redriven.status(), redriven.raw());
        assertEquals(CREDITS, redriven.json().getString("queue"));
        // Still hopeless: its consumer takes it again and dead-letters it again, as a new letter.
        JsonObject again = awaitLetter(namesNothing, id);
        assertTrue(!again.getString("id").equals(id));
        assertEquals(404, api.admin(DEAD_LETTERS + "/" + id + "/redrive", null, Api.ADMIN_KEY).status(),
                "the re-driven letter left the dead-letter queue");
    }

    @Test
    void deadLettersAreTheOperatorsOnly() {
        var user = api.newUser();
        assertEquals(401, api.get(DEAD_LETTERS, user.token()).status());
        assertEquals(401, api.get(DEAD_LETTERS, null).status());
        assertEquals(404, api.admin(DEAD_LETTERS + "/ID:0000/redrive", null, Api.ADMIN_KEY).status());
        assertEquals(400, api.adminGet(DEAD_LETTERS + "?limit=0").status());
    }

    @Test
    void claimsWhoseCreditOrderIsLostAreCreditedOnceByTheReconciler() throws Exception {
        var storm = money.storm(6, 600, 6);
        String brokerUrl = System.getProperty("chat.it.brokerUrl");
        List<String> stolen = new ArrayList<>();
        try (var factory = new ActiveMQConnectionFactory(brokerUrl);
             JMSContext context = factory.createContext()) {
            // A second consumer of the credit queue takes about half the orders and drops them: lost orders.
            var thief = context.createConsumer(context.createQueue(CREDITS));
            context.start();
            for (var grabber : storm.grabbers()) {
                assertEquals(200, money.grab(grabber, storm.packetId()).status());
                assertEquals(200, money.open(grabber, storm.packetId()).status());
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                Optional.ofNullable(thief.receiveBody(String.class, 500)).ifPresent(stolen::add);
            }
        }
        assertTrue(!stolen.isEmpty(), "the test took some credit orders off the queue");
        JsonObject view = money.view(storm.sender(), storm.packetId());
        for (var claim : view.getJsonArray("claims").getValuesAs(JsonObject.class)) {
            var grabber = storm.grabbers().stream().filter(g -> g.id().equals(claim.getString("userId"))).findFirst()
                    .orElseThrow();
            money.awaitBalance(grabber, claim.getJsonNumber("amountCents").longValue());
        }
        Money.pause(3_000);
        for (var claim : view.getJsonArray("claims").getValuesAs(JsonObject.class)) {
            var grabber = storm.grabbers().stream().filter(g -> g.id().equals(claim.getString("userId"))).findFirst()
                    .orElseThrow();
            assertEquals(claim.getJsonNumber("amountCents").longValue(), money.balance(grabber), "credited once");
        }
        money.assertLedgerBalanced();
    }

    private static void putOnQueue(String queue, String text) {
        try (var factory = new ActiveMQConnectionFactory(System.getProperty("chat.it.brokerUrl"));
             JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(queue), text);
        }
    }

    private JsonObject awaitLetter(String payload) throws InterruptedException {
        return awaitLetter(payload, null);
    }

    /** The dead letter carrying this payload (other than {@code notId}), waiting up to 30 s for it. */
    private JsonObject awaitLetter(String payload, String notId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var list = api.adminGet(DEAD_LETTERS + "?limit=500");
            assertEquals(200, list.status(), list.raw());
            for (JsonObject letter : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (payload.equals(letter.getString("payload", null)) && !letter.getString("id").equals(notId)) {
                    return letter;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dead letter with the payload " + payload);
    }
}
