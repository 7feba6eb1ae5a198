package chat.messaging.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import chat.media.api.MediaInfo;
import chat.messaging.internal.application.MessageJson;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.messaging.internal.domain.Reactions;
import chat.platform.rest.JsonBinding;
import jakarta.json.Json;

/**
 * Messaging's answers, as JSON-B writes them, are the bytes the JSON-P builders wrote before
 * them; and a message over REST is byte for byte the message a WebSocket push or pull carries
 * ({@link MessageJson}), so a client may store either.
 */
class MessageAnswersTest {

    private static final Instant SENT = Instant.parse("2026-12-05T12:00:00.123456Z");
    private static final String AT = "\"sentAt\":\"2026-12-05T12:00:00.123456Z\"";

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    /** The REST record and the WebSocket builder write {@code expected}, both. */
    private static void bothWrite(String expected, Message m, MediaInfo media) {
        assertEquals(expected, json(MessageView.of(m, media)), "REST");
        assertEquals(expected, MessageJson.json(m, media).toString(), "WebSocket");
    }

    @Test
    void aTextMessageHasNoMediaAndNoRedPack() {
        bothWrite("{\"groupId\":\"g1\",\"seq\":7,\"senderId\":\"ann\",\"clientMsgId\":\"c-7\",\"type\":\"TEXT\","
                        + "\"text\":\"Hi \\\"Bob\\\"\\n\\u0001 \\\\ 抢红包啦 😀\",\"media\":null," + AT + ",\"recalled\":false}",
                new Message("g1", 7, "ann", "c-7", MessageType.TEXT, "Hi \"Bob\"\n\u0001 \\ 抢红包啦 😀", null, SENT, false), null);
    }

    @Test
    void anImageCarriesItsMediaWithUnknownsAsNull() {
        var photo = new MediaInfo("md1", "IMAGE", "image/png", 2048, "/api/v1/media/md1?exp=1&sig=ab",
                "/api/v1/media/md1/thumbnail?exp=1&sig=cd", 640, 480, null);
        bothWrite("{\"groupId\":\"g1\",\"seq\":8,\"senderId\":\"bob\",\"clientMsgId\":\"c-8\",\"type\":\"IMAGE\",\"text\":null,"
                        + "\"media\":{\"id\":\"md1\",\"kind\":\"IMAGE\",\"contentType\":\"image/png\",\"size\":2048,"
                        + "\"url\":\"/api/v1/media/md1?exp=1&sig=ab\",\"thumbnailUrl\":\"/api/v1/media/md1/thumbnail?exp=1&sig=cd\","
                        + "\"width\":640,\"height\":480,\"durationMs\":null}," + AT + ",\"recalled\":false}",
                new Message("g1", 8, "bob", "c-8", MessageType.IMAGE, null, "md1", SENT, false), photo);
    }

    @Test
    void anAudioHasNoThumbnailNorSizeInPixelsButADuration() {
        var voice = new MediaInfo("md2", "AUDIO", "audio/ogg", 5_000_000_000L, "/api/v1/media/md2?sig=ef", null, null, null, 61_000L);
        bothWrite("{\"groupId\":\"g1\",\"seq\":9,\"senderId\":\"bob\",\"clientMsgId\":\"c-9\",\"type\":\"AUDIO\",\"text\":null,"
                        + "\"media\":{\"id\":\"md2\",\"kind\":\"AUDIO\",\"contentType\":\"audio/ogg\",\"size\":5000000000,"
                        + "\"url\":\"/api/v1/media/md2?sig=ef\",\"thumbnailUrl\":null,\"width\":null,\"height\":null,"
                        + "\"durationMs\":61000}," + AT + ",\"recalled\":false}",
                new Message("g1", 9, "bob", "c-9", MessageType.AUDIO, null, "md2", SENT, false), voice);
    }

    @Test
    void aMediaMessageWhoseFileIsGoneSaysMediaNull() {
        bothWrite("{\"groupId\":\"g1\",\"seq\":10,\"senderId\":\"bob\",\"clientMsgId\":\"c-10\",\"type\":\"VIDEO\",\"text\":null,"
                        + "\"media\":null," + AT + ",\"recalled\":false}",
                new Message("g1", 10, "bob", "c-10", MessageType.VIDEO, null, "md3", SENT, false), null);
    }

    @Test
    void aRedPackMessageNamesItsPacketBetweenMediaAndSentAt() {
        bothWrite("{\"groupId\":\"g1\",\"seq\":11,\"senderId\":\"ann\",\"clientMsgId\":\"redpack-rp1\",\"type\":\"REDPACK\","
                        + "\"text\":\"Happy new year\",\"media\":null,\"redpack\":{\"id\":\"rp1\"}," + AT + ",\"recalled\":false}",
                new Message("g1", 11, "ann", "redpack-rp1", MessageType.REDPACK, "Happy new year", "rp1", SENT, false), null);
    }

    @Test
    void aMessageThatMentionsNamesThoseItCallsOnAndARecallDropsThem() {
        var mentioning = new Message("g1", 15, "ann", "c-15", MessageType.TEXT, "@Bo @all lunch?", null, SENT, false,
                new Mentions(List.of("bo", "cy"), true));
        bothWrite("{\"groupId\":\"g1\",\"seq\":15,\"senderId\":\"ann\",\"clientMsgId\":\"c-15\",\"type\":\"TEXT\","
                + "\"text\":\"@Bo @all lunch?\",\"media\":null,\"mentions\":[\"bo\",\"cy\"],\"mentionAll\":true," + AT
                + ",\"recalled\":false}", mentioning, null);
        bothWrite("{\"groupId\":\"g1\",\"seq\":15,\"senderId\":\"ann\",\"clientMsgId\":\"c-15\",\"type\":\"TEXT\","
                + "\"text\":null,\"media\":null," + AT + ",\"recalled\":true}", mentioning.recalledCopy(), null);
    }

    @Test
    void aReplyQuotesWhatItAnswersBeforeSentAtAndARecallDropsTheQuote() {
        var reply = new Message("g1", 16, "bob", "c-16", MessageType.TEXT, "Yes!", null, SENT, false, Mentions.NONE,
                new Quote(15, "ann", MessageType.TEXT, "Lunch?"));
        bothWrite("{\"groupId\":\"g1\",\"seq\":16,\"senderId\":\"bob\",\"clientMsgId\":\"c-16\",\"type\":\"TEXT\","
                + "\"text\":\"Yes!\",\"media\":null,\"replyTo\":{\"seq\":15,\"senderId\":\"ann\",\"type\":\"TEXT\","
                + "\"preview\":\"Lunch?\"}," + AT + ",\"recalled\":false}", reply, null);
        bothWrite("{\"groupId\":\"g1\",\"seq\":16,\"senderId\":\"bob\",\"clientMsgId\":\"c-16\",\"type\":\"TEXT\","
                + "\"text\":null,\"media\":null," + AT + ",\"recalled\":true}", reply.recalledCopy(), null);
    }

    @Test
    void aForwardWithReactionsShowsTheCountsAndTheReadersOwnAndSaysItIsForwarded() {
        var forward = new Message("g1", 17, "bob", "c-17", MessageType.TEXT, "Menu", null, SENT, false, Mentions.NONE, null,
                new Reactions(List.of(new Reactions.Count("👍", 2), new Reactions.Count("❤️", 1))), true);
        String expected = "{\"groupId\":\"g1\",\"seq\":17,\"senderId\":\"bob\",\"clientMsgId\":\"c-17\",\"type\":\"TEXT\","
                + "\"text\":\"Menu\",\"media\":null,\"reactions\":[{\"emoji\":\"👍\",\"count\":2,\"mine\":true},"
                + "{\"emoji\":\"❤️\",\"count\":1,\"mine\":false}],\"forwarded\":true," + AT + ",\"recalled\":false}";
        assertEquals(expected, json(MessageView.of(forward, null, Set.of("👍"))), "REST");
        assertEquals(expected, MessageJson.json(forward, null, Set.of("👍")).toString(), "WebSocket");
    }

    @Test
    void aRecalledMessageKeepsItsPlaceWithItsContentGone() {
        var image = new Message("g1", 12, "bob", "c-12", MessageType.IMAGE, null, "md1", SENT, false);
        bothWrite("{\"groupId\":\"g1\",\"seq\":12,\"senderId\":\"bob\",\"clientMsgId\":\"c-12\",\"type\":\"IMAGE\",\"text\":null,"
                + "\"media\":null," + AT + ",\"recalled\":true}", image.recalledCopy(), null);
        var text = new Message("g1", 13, "ann", "c-13", MessageType.TEXT, "oops", null, SENT, false);
        bothWrite("{\"groupId\":\"g1\",\"seq\":13,\"senderId\":\"ann\",\"clientMsgId\":\"c-13\",\"type\":\"TEXT\",\"text\":null,"
                + "\"media\":null," + AT + ",\"recalled\":true}", text.recalledCopy(), null);
    }

    @Test
    void aRecalledRedPackMessageNoLongerNamesItsPacket() {
        var packet = new Message("g1", 14, "ann", "redpack-rp2", MessageType.REDPACK, "Lucky", "rp2", SENT, false);
        bothWrite("{\"groupId\":\"g1\",\"seq\":14,\"senderId\":\"ann\",\"clientMsgId\":\"redpack-rp2\",\"type\":\"REDPACK\","
                + "\"text\":null,\"media\":null," + AT + ",\"recalled\":true}", packet.recalledCopy(), null);
    }

    @Test
    void aPageIsItsItemsAndWhetherMoreExist() {
        var m = new Message("g1", 1, "ann", "c-1", MessageType.SYSTEM, "Ann created the group", null,
                Instant.parse("2026-12-05T12:00:00Z"), false);
        String oldBuilder = Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(MessageJson.json(m, null))).add("hasMore", true).build().toString();
        assertEquals("{\"items\":[{\"groupId\":\"g1\",\"seq\":1,\"senderId\":\"ann\",\"clientMsgId\":\"c-1\",\"type\":\"SYSTEM\","
                + "\"text\":\"Ann created the group\",\"media\":null,\"sentAt\":\"2026-12-05T12:00:00Z\",\"recalled\":false}],"
                + "\"hasMore\":true}", oldBuilder);
        assertEquals(oldBuilder, json(new MessagePage(List.of(MessageView.of(m, null)), true)));
        assertEquals("{\"items\":[],\"hasMore\":false}", json(new MessagePage(List.of(), false)));
    }
}
