package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class NotifyFeedTest {

    private static JsonObject message(long seq) {
        return Json.createObjectBuilder().add("seq", seq).add("text", "m" + seq).build();
    }

    /** The conversation event's notify frame for one stored message, inlined or not. */
    private static JsonObject notify(long seq, boolean inlined) {
        var frame = Json.createObjectBuilder().add("type", "notify").add("groupId", "g").add("seq", seq);
        return (inlined ? frame.add("items", Json.createArrayBuilder().add(message(seq))) : frame).build();
    }

    private static JsonObject parse(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    @Test
    void aSingleMessageGetsTheFrameTheEventCarried() {
        NotifyFeed feed = new NotifyFeed("g");
        NotifyRun run = feed.append(notify(7, true));
        assertEquals(7, run.from());
        assertEquals(7, run.to());
        assertEquals(notify(7, true), parse(run.frame().text()));
    }

    @Test
    void theBinaryFrameOfARunIsTheProtobufEncodingOfItsJsonFrame() {
        NotifyFeed feed = new NotifyFeed("g");
        feed.append(notify(3, false));
        for (long seq = 4; seq <= 6; seq++) {
            feed.append(notify(seq, true));
        }
        for (long[] run : new long[][] {{4, 6}, {5, 6}, {6, 6}, {3, 6}, {1, 6}}) {
            String text = feed.frame(run[0], run[1]);
            assertArrayEquals(ProtoFrames.encode(text), feed.binaryFrame(run[0], run[1]), text);
        }
        assertSame(feed.binaryFrame(4, 6), feed.binaryFrame(4, 6), "built once, shared");
    }

    @Test
    void contiguousMessagesTravelTogetherEndingAtTheLatestSeq() {
        NotifyFeed feed = new NotifyFeed("g");
        for (long seq = 4; seq <= 6; seq++) {
            feed.append(notify(seq, true));
        }
        JsonObject frame = parse(feed.frame(4, 6));
        assertEquals("notify", frame.getString("type"));
        assertEquals("g", frame.getString("groupId"));
        assertEquals(6, frame.getInt("seq"));
        assertEquals(3, frame.getJsonArray("items").size());
        assertEquals(message(4), frame.getJsonArray("items").getJsonObject(0));
        assertEquals(1, parse(feed.frame(6, 6)).getJsonArray("items").size(), "a run can start anywhere the feed holds");
    }

    @Test
    void aGapOrAMessageWithoutItsBodyLeavesOnlyTheSeqToPull() {
        NotifyFeed gap = new NotifyFeed("g");
        gap.append(notify(4, true));
        gap.append(notify(6, true));
        assertFalse(parse(gap.frame(4, 6)).containsKey("items"), "5 never came: the feed restarted at 6");
        assertEquals(6, parse(gap.frame(4, 6)).getInt("seq"));

        NotifyFeed large = new NotifyFeed("g");
        large.append(notify(4, true));
        large.append(notify(5, false));
        large.append(notify(6, true));
        assertFalse(parse(large.frame(4, 6)).containsKey("items"));
        assertEquals(1, parse(large.frame(6, 6)).getJsonArray("items").size());
    }

    @Test
    void aRunReachingBackPastWhatIsKeptCarriesOnlyTheSeq() {
        NotifyFeed feed = new NotifyFeed("g");
        for (long seq = 1; seq <= NotifyFeed.KEPT + 1; seq++) {
            feed.append(notify(seq, true));
        }
        assertFalse(parse(feed.frame(1, NotifyFeed.KEPT + 1)).containsKey("items"));
        assertEquals(NotifyFeed.KEPT, parse(feed.frame(2, NotifyFeed.KEPT + 1)).getJsonArray("items").size());
    }

    @Test
    void aFeedKeepsNoMoreCharactersThanItsBound() {
        NotifyFeed feed = new NotifyFeed("g");
        String large = "x".repeat(NotifyFeed.KEPT_CHARS / 4);
        for (long seq = 1; seq <= 5; seq++) {
            feed.append(seq, "{\"seq\":" + seq + ",\"text\":\"" + large + "\"}");
        }
        assertFalse(parse(feed.frame(1, 5)).containsKey("items"), "the oldest went to keep the bound");
        assertEquals(3, parse(feed.frame(3, 5)).getJsonArray("items").size());
    }

    @Test
    void theFrameOfARunIsBuiltOnceAndShared() {
        NotifyFeed feed = new NotifyFeed("g");
        feed.append(notify(1, true));
        feed.append(notify(2, true));
        assertSame(feed.frame(1, 2), feed.frame(1, 2));
    }

    @Test
    void anIdWithQuotesStaysValidJson() {
        NotifyFeed feed = new NotifyFeed("a\"b");
        assertEquals("a\"b", parse(feed.append(notify(1, false)).frame().text()).getString("groupId"));
    }
}
