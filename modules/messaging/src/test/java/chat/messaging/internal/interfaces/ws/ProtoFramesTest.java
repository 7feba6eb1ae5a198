package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.interfaces.ws.proto.Frame;
import chat.platform.json.Json;
import com.google.protobuf.InvalidProtocolBufferException;
import jakarta.json.JsonObject;

/** A frame's two encodings carry the same fields; the binary one is encoded once when sent again. */
class ProtoFramesTest {

    private static final String NOTIFY = "{\"type\":\"notify\",\"groupId\":\"9b2f6c1e-2a55-4d9f-8d7e-0c3b1f4a6e21\",\"seq\":42,"
            + "\"items\":[{\"groupId\":\"9b2f6c1e-2a55-4d9f-8d7e-0c3b1f4a6e21\",\"seq\":42,\"senderId\":"
            + "\"5e0d3835-a6d8-4069-a1e5-1e1ac15f64e2\",\"clientMsgId\":\"c-17\",\"type\":\"TEXT\",\"text\":\"Lunch at 12?\","
            + "\"media\":null,\"mentions\":[\"u-2\"],\"mentionAll\":false,\"replyTo\":{\"seq\":40,\"senderId\":\"u-2\","
            + "\"type\":\"TEXT\",\"preview\":\"Hungry\"},\"reactions\":[{\"emoji\":\"👍\",\"count\":3,\"mine\":true}],"
            + "\"forwarded\":false,\"sentAt\":\"2026-12-06T22:27:15.204Z\",\"recalled\":false}]}";

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aFrameCrossesToProtobufAndBackWithItsFields() throws InvalidProtocolBufferException {
        byte[] binary = ProtoFrames.encode(NOTIFY);
        Frame frame = Frame.parseFrom(binary);
        assertEquals("notify", frame.getType());
        assertEquals(42, frame.getSeq());
        assertEquals("Lunch at 12?", frame.getItems(0).getText());
        assertEquals(3, frame.getItems(0).getReactions(0).getCount());
        assertTrue(frame.getItems(0).hasMentionAll(), "false is a value, not an absent field");
        // the JSON frame again, without its null (a field not set is absent)
        JsonObject expected = read(NOTIFY.replace("\"media\":null,", ""));
        assertEquals(expected, read(ProtoFrames.decode(binary)));
        assertTrue(binary.length < NOTIFY.getBytes(java.nio.charset.StandardCharsets.UTF_8).length * 0.6,
                binary.length + " bytes against " + NOTIFY.length());
    }

    @Test
    void aTimeIsATimestampAndComesBackAsTheSameString() throws InvalidProtocolBufferException {
        for (String time : new String[] {"2026-12-07T00:57:59.905587Z", "2026-12-07T00:57:59.900Z", "2026-12-07T00:57:59Z"}) {
            String frame = "{\"type\":\"messages\",\"items\":[{\"seq\":1,\"sentAt\":\"" + time + "\"}]}";
            byte[] binary = ProtoFrames.encode(frame);
            var sentAt = Frame.parseFrom(binary).getItems(0).getSentAt();
            assertEquals(java.time.Instant.parse(time).getEpochSecond(), sentAt.getSeconds());
            assertEquals(read(frame), read(ProtoFrames.decode(binary)), time);
        }
    }

    @Test
    void theSameFrameSentAgainIsEncodedOnce() {
        String frame = "{\"type\":\"notify\",\"groupId\":\"g-1\",\"seq\":7}";
        assertSame(ProtoFrames.encode(frame), ProtoFrames.encode(new String(frame)));
        assertArrayEquals(Frame.newBuilder().setType("notify").setGroupId("g-1").setSeq(7).build().toByteArray(),
                ProtoFrames.encode(frame));
    }

    @Test
    void aClientsBinaryFrameBecomesTheJsonFrameTheHandlersRead() throws InvalidProtocolBufferException {
        byte[] send = Frame.newBuilder().setType("send").setClientMsgId("c-1").setGroupId("g-1").setMsgType("TEXT")
                .setText("hi").addMentions("u-2").build().toByteArray();
        assertEquals(read("{\"type\":\"send\",\"clientMsgId\":\"c-1\",\"groupId\":\"g-1\",\"msgType\":\"TEXT\","
                + "\"text\":\"hi\",\"mentions\":[\"u-2\"]}"), read(ProtoFrames.decode(send)));
        assertThrows(InvalidProtocolBufferException.class, () -> ProtoFrames.decode(new byte[] {(byte) 0xff, 0x01, 0x02}));
    }
}
