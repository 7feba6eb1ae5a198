package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * The {@code chat_} figures on {@code /metrics}: each is there from the start with a help text,
 * and each moves when its event happens (the pushes' are watched by {@link PushDeliveryIT}, the
 * dead letters' by {@link DeadLettersIT}).
 */
class MetricsIT extends ServerIT {

    static final List<String> SERIES = List.of("chat_connections_open", "chat_messages_stored_total",
            "chat_notifies_sent_total", "chat_send_to_notify_seconds_count", "chat_outbox_pending",
            "chat_outbox_oldest_seconds", "chat_dead_letters", "chat_pushes_sent_total", "chat_pushes_failed_total",
            "chat_logins_total", "chat_logins_failed_total", "chat_redpack_escrow_cents");

    private final Money money = new Money(api);

    @Test
    void everyFigureIsThereWithItsHelpText() {
        MetricsPage page = MetricsPage.read(api);
        for (String series : SERIES) {
            assertTrue(page.value(series) >= 0, series + " in " + page.text);
            String family = series.replaceAll("_count$", "");
            assertTrue(Pattern.compile("(?m)^# HELP " + family + " \\S+").matcher(page.text).find(), "help of " + family);
        }
        assertTrue(page.text.contains("chat_send_to_notify_seconds_bucket{"), "the latency is a histogram: " + page.text);
    }

    @Test
    void aMessageIsCountedStoredAndNotifiedWithItsLatency() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        try (Ws bobWs = Ws.connect(api, bob)) {
            MetricsPage before = MetricsPage.awaiting(api, "chat_connections_open", open -> open >= 1);
            assertTrue(before.value("chat_connections_open") >= 1, before.text);
            assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("m-1", "counted")).status());
            bobWs.next(f -> "notify".equals(f.getString("type", "")), 10);
            MetricsPage after = MetricsPage.awaiting(api, "chat_send_to_notify_seconds_count",
                    n -> n > before.value("chat_send_to_notify_seconds_count"));
            for (String series : List.of("chat_messages_stored_total", "chat_notifies_sent_total",
                    "chat_send_to_notify_seconds_count")) {
                assertTrue(after.value(series) > before.value(series), series + ": " + before.value(series) + " then "
                        + after.value(series));
            }
            assertTrue(after.value("chat_send_to_notify_seconds_sum") > before.value("chat_send_to_notify_seconds_sum"));
        }
    }

    @Test
    void loginsAreCountedRightAndWrong() {
        String username = "m" + Api.uniqueName().replaceAll("[^a-z0-9]", "");
        api.register(username, "correct horse 1");
        MetricsPage before = MetricsPage.read(api);
        api.logIn(username, "correct horse 1", null);
        var wrong = api.post("/api/v1/sessions", null, Json.createObjectBuilder().add("username", username)
                .add("password", "wrong horse 1").build());
        assertEquals(401, wrong.status(), wrong.raw());
        MetricsPage after = MetricsPage.read(api);
        assertEquals(before.value("chat_logins_total") + 1, after.value("chat_logins_total"));
        assertEquals(before.value("chat_logins_failed_total") + 1, after.value("chat_logins_failed_total"));
    }

    @Test
    void moneySentInAPacketIsInEscrow() {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        money.credit(ann, 5_000);
        money.awaitBalance(ann, 5_000);
        money.sent(ann, gid, 4_321, 2);
        assertTrue(MetricsPage.read(api).value("chat_redpack_escrow_cents") >= 4_321);
    }
}
