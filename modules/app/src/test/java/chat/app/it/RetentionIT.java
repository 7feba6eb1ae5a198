package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Retention (the test server keeps 30 days): a run removes the messages sent more than 30 days
 * ago, and nothing younger, as a recall removes them (seqs kept, quotes emptied, pins, reactions
 * and search keys gone), withdraws the files only they showed, and is recorded in the audit log.
 * The messages are made old by moving their {@code sent_at} back in the database.
 */
class RetentionIT extends ServerIT {

    private static void sentDaysAgo(String gid, long seq, int days) throws SQLException {
        changed("UPDATE messaging.messages SET sent_at = now() - make_interval(days => ?) WHERE conversation_id = ? AND seq = ?",
                days, gid, seq);
    }

    private static void changed(String sql, Object... parameters) throws SQLException {
        try (var c = DriverManager.getConnection(System.getProperty("chat.it.dbUrl"), "postgres", "");
             var update = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, update.executeUpdate(), sql);
        }
    }

    private String uploaded(Api.TestUser user) throws IOException {
        var upload = api.upload(user.token(), "image/png", Samples.image("png", 32, 24), true);
        assertEquals(201, upload.status(), upload.raw());
        return upload.json().getString("id");
    }

    private void post(Api.TestUser sender, String gid, JsonObject body) {
        var sent = api.post(MessagesIT.messages(gid), sender.token(), body);
        assertEquals(201, sent.status(), sent.raw());
    }

    private static JsonObject image(String mediaId) {
        return Json.createObjectBuilder().add("clientMsgId", Api.uniqueName()).add("type", "IMAGE").add("mediaId", mediaId).build();
    }

    private int mediaStatus(String mediaId, Api.TestUser reader) {
        return api.bytes("/api/v1/media/" + mediaId, reader.token(), null).statusCode();
    }

    /** Absent, null or an empty array. */
    private static boolean empty(JsonObject message, String field) {
        JsonValue value = message.get(field);
        return value == null || value == JsonValue.NULL
                || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
    }

    private JsonObject retentionRun() {
        var run = api.admin("/api/v1/admin/retention/runs", null, Api.ADMIN_KEY);
        assertEquals(200, run.status(), run.raw());
        return run.json();
    }

    @Test
    void aRunRemovesWhatIsOlderThanTheLimitAndNothingElse() throws Exception {
        var ann = api.newUser();
        var bob = api.newUser();
        String gid = api.groupOf(ann, List.of(bob), null);
        String word = "tide" + Api.uniqueName().replaceAll("[^a-z0-9]", "");
        String onlyOld = uploaded(ann);
        String forwardedToo = uploaded(ann);
        post(ann, gid, MessagesIT.text(Api.uniqueName(), "old " + word));                       // 1: 31 days
        post(ann, gid, image(onlyOld));                                                          // 2: 31 days
        post(ann, gid, image(forwardedToo));                                                     // 3: 31 days
        post(ann, gid, MessagesIT.text(Api.uniqueName(), "kept " + word));                      // 4: 29 days
        post(bob, gid, RepliesIT.replying(Api.uniqueName(), "answer", 1L));                      // 5: now
        post(bob, gid, ForwardsIT.forwarding(Api.uniqueName(), "IMAGE", gid, 3).build());       // 6: now, shows 3's file
        assertEquals(204, api.put("/api/v1/groups/" + gid + "/pins/1", ann.token(), null).status());
        assertEquals(204, api.put(ReactionsIT.reaction(gid, 1, "👍"), bob.token(), null).status());
        assertEquals(List.of("kept " + word, "old " + word), SearchIT.textsOnceIndexed(api, bob, word,
                List.of("kept " + word, "old " + word)));
        for (long seq = 1; seq <= 3; seq++) {
            sentDaysAgo(gid, seq, 31);
        }
        sentDaysAgo(gid, 4, 29);
        changed("UPDATE media.files SET created_at = now() - interval '31 days' WHERE id = ?", onlyOld);

        JsonObject run = retentionRun();
        assertEquals(30, run.getInt("retentionDays"));
        assertTrue(run.getJsonNumber("messagesRemoved").longValue() >= 3, run.toString());
        assertTrue(run.getJsonNumber("filesWithdrawn").longValue() >= 1, run.toString());

        var items = api.get(MessagesIT.messages(gid) + "?after=0&limit=50", bob.token()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), items.stream().map(m -> m.getJsonNumber("seq").longValue()).toList(),
                "seqs stay");
        for (int i = 0; i < 3; i++) {
            JsonObject removed = items.get(i);
            assertTrue(removed.getBoolean("recalled"), removed.toString());
            assertTrue(empty(removed, "text") && empty(removed, "media") && empty(removed, "reactions")
                    && empty(removed, "replyTo"), removed.toString());
        }
        assertFalse(items.get(3).getBoolean("recalled"), "29 days old: kept");
        assertEquals("kept " + word, items.get(3).getString("text"));
        assertEquals("", items.get(4).getJsonObject("replyTo").getString("preview"), "the quote of a removed message is emptied");
        assertEquals("answer", items.get(4).getString("text"));
        assertEquals(forwardedToo, items.get(5).getJsonObject("media").getString("id"));
        assertTrue(api.get("/api/v1/groups/" + gid + "/pins", bob.token()).json().getJsonArray("items").isEmpty());
        assertEquals(List.of("kept " + word), SearchIT.texts(api, bob, word));

        assertEquals(404, mediaStatus(onlyOld, bob), "its only message removed: withdrawn from the conversation");
        assertEquals(200, mediaStatus(forwardedToo, bob), "a living message still shows it");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (mediaStatus(onlyOld, ann) != 404 && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        assertEquals(404, mediaStatus(onlyOld, ann), "posted nowhere: the media sweep deletes it, for its uploader too");

        var audit = api.adminGet("/api/v1/admin/audit?limit=20").json().getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject row = audit.stream().filter(r -> r.getString("action").equals("messages.retention")).findFirst().orElseThrow();
        assertEquals("server", row.getString("actor"));
        assertEquals(run.getJsonNumber("messagesRemoved"), row.getJsonObject("detail").getJsonNumber("messagesRemoved"));

        assertEquals(0, retentionRun().getJsonNumber("messagesRemoved").longValue(), "nothing else is old enough");
    }

    @Test
    void onlyTheOperatorRunsIt() {
        var ann = api.newUser();
        assertEquals(401, api.post("/api/v1/admin/retention/runs", ann.token(), null).status());
        assertEquals(401, api.admin("/api/v1/admin/retention/runs", null, "not-the-key").status());
    }
}
