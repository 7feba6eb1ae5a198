package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

class PendingNotifyTest {

    private static JsonObject message(long seq) {
        return Json.createObjectBuilder().add("seq", seq).add("text", "m" + seq).build();
    }

    private static JsonObject frame(PendingNotify pending) {
        return Json.createReader(new StringReader(pending.frame())).readObject();
    }

    @Test
    void contiguousMessagesTravelTogetherEndingAtTheLatestSeq() {
        PendingNotify pending = new PendingNotify("g");
        pending.add(4, List.of(message(4)));
        pending.add(5, List.of(message(5)));
        pending.add(6, List.of(message(6)));
        JsonObject frame = frame(pending);
        assertEquals(6, frame.getInt("seq"));
        assertEquals(3, frame.getJsonArray("items").size());
        assertEquals(4, frame.getJsonArray("items").getJsonObject(0).getInt("seq"));
    }

    @Test
    void aGapOrAMessageWithoutItsBodyLeavesOnlyTheSeqToPull() {
        PendingNotify gap = new PendingNotify("g");
        gap.add(4, List.of(message(4)));
        gap.add(6, List.of(message(6)));
        assertFalse(frame(gap).containsKey("items"));
        assertEquals(6, frame(gap).getInt("seq"));

        PendingNotify large = new PendingNotify("g");
        large.add(4, List.of(message(4)));
        large.add(5, null);
        large.add(6, List.of(message(6)));
        assertFalse(frame(large).containsKey("items"));
    }

    @Test
    void tenWaitingNotifiesAreAFullBatch() {
        PendingNotify pending = new PendingNotify("g");
        for (int seq = 1; seq <= 9; seq++) {
            pending.add(seq, List.of(message(seq)));
        }
        assertFalse(pending.full());
        pending.add(10, List.of(message(10)));
        assertTrue(pending.full());
    }
}
