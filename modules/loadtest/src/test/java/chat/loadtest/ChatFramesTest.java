package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChatFramesTest {

    @Test
    void aMessageTextCarriesItsSendTime() {
        String text = ChatFrames.text(123_456_789_012L, "ltabc123-msg-7");
        assertEquals("lt 123456789012 ltabc123-msg-7", text);
        assertEquals(123_456_789_012L, ChatFrames.sentNanos(text));
        assertEquals(-5, ChatFrames.sentNanos("lt -5"));
    }

    @Test
    void otherTextsHaveNoSendTime() {
        assertEquals(-1, ChatFrames.sentNanos(null));
        assertEquals(-1, ChatFrames.sentNanos("Ann added Bob, Cat"));
        assertEquals(-1, ChatFrames.sentNanos("lt soon"));
    }

    @Test
    void framesAreTheDocumentedJson() {
        assertEquals("{\"type\":\"send\",\"clientMsgId\":\"c1\",\"groupId\":\"g\",\"msgType\":\"TEXT\",\"text\":\"hi\"}",
                ChatFrames.send("c1", "g", "hi"));
        assertEquals("{\"type\":\"pull\",\"groupId\":\"g\",\"after\":3,\"until\":9}", ChatFrames.pull("g", 3, 9));
    }

    @Test
    void itemsOfANotifyOrPullAnswer() {
        var frame = JsonText.parse("{\"type\":\"notify\",\"groupId\":\"g\",\"seq\":3,\"items\":["
                + "{\"seq\":1,\"type\":\"SYSTEM\",\"text\":\"Ann added Bob\"},"
                + "{\"seq\":2,\"type\":\"TEXT\",\"text\":\"lt 77 c2\"},"
                + "{\"seq\":3,\"type\":\"TEXT\",\"text\":null,\"recalled\":true}]}");
        assertEquals(List.of(new SeqTracker.Item(1, -1), new SeqTracker.Item(2, 77), new SeqTracker.Item(3, -1)),
                ChatFrames.items(frame));
        assertEquals(List.of(), ChatFrames.items(JsonText.parse("{\"type\":\"notify\",\"groupId\":\"g\",\"seq\":3}")));
        assertEquals(3, ChatFrames.number(frame, "seq", -1));
        assertEquals(-1, ChatFrames.number(frame, "after", -1));
    }
}
