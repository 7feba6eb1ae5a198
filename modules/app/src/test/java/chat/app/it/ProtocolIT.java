package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.interfaces.ws.proto.Frame;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Timestamp;
import com.google.protobuf.TimestampProto;
import jakarta.json.JsonObject;

/**
 * Binary frames (shared/api-contract.md, "Binary frames"): the schema served, a JSON and a protobuf
 * connection in one group getting the same messages in the same order, a send over protobuf, and
 * malformed or wrong-kind frames answered with an error frame on a connection that stays open.
 */
class ProtocolIT extends ServerIT {

    private static final String PROTOC = System.getProperty("chat.it.protoc");

    @Test
    void theServedSchemaDecodesTheServersFrames() throws Exception {
        var schema = api.get("/api/v1/protocol/chat.proto", null);
        assertEquals(200, schema.status(), schema.raw());
        assertTrue(schema.raw().contains("message Frame"), schema.raw());
        Descriptor frame = compiled(schema.raw()).findMessageTypeByName("Frame");

        var ann = api.newUser();
        try (ProtoWs socket = ProtoWs.connect(api, ann, ProtoWs.PROTO)) {
            assertEquals(ProtoWs.PROTO, socket.subprotocol());
            socket.send(Frame.newBuilder().setType("ping").build());
            DynamicMessage pong = DynamicMessage.parseFrom(frame, socket.nextBytes(TimeUnit.SECONDS.toNanos(10)));
            assertEquals("pong", pong.getField(frame.findFieldByName("type")));
        }
    }

    @Test
    void aJsonAndAProtobufConnectionGetTheSameMessagesInTheSameOrder() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat), null);
        try (Ws json = Ws.connect(api, bob); ProtoWs proto = ProtoWs.connect(api, cat, ProtoWs.PROTO, ProtoWs.JSON)) {
            assertEquals(ProtoWs.PROTO, proto.subprotocol(), "the client's first choice");
            for (int i = 1; i <= 10; i++) {
                assertEquals(201, api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("p-" + i, "message " + i)).status());
            }
            proto.send(Frame.newBuilder().setType("send").setClientMsgId("p-11").setGroupId(gid).setMsgType("TEXT")
                    .setText("from protobuf 😀 抢红包").build());
            Frame ack = proto.next("ack", 10);
            assertEquals(11, ack.getSeq());
            assertEquals("p-11", ack.getClientMsgId());

            json.next(f -> "notify".equals(f.getString("type", "")) && gid.equals(f.getString("groupId"))
                    && f.getInt("seq") == 11, 20);
            proto.next(f -> "notify".equals(f.getType()) && gid.equals(f.getGroupId()) && f.getSeq() == 11, 20);

            json.send("{\"type\":\"pull\",\"groupId\":\"" + gid + "\",\"after\":0}");
            proto.send(Frame.newBuilder().setType("pull").setGroupId(gid).setAfter(0).build());
            List<String> viaJson = new ArrayList<>();
            for (JsonObject item : json.next("messages", 10).getJsonArray("items").getValuesAs(JsonObject.class)) {
                viaJson.add(item.getInt("seq") + " " + item.getString("senderId") + " " + item.getString("type") + " "
                        + item.getString("text", "") + " " + item.getString("sentAt"));
            }
            List<String> viaProto = new ArrayList<>();
            for (var item : proto.next("messages", 10).getItemsList()) {
                viaProto.add(item.getSeq() + " " + item.getSenderId() + " " + item.getType() + " " + item.getText() + " "
                        + Instant.ofEpochSecond(item.getSentAt().getSeconds(), item.getSentAt().getNanos()));
            }
            assertEquals(viaJson, viaProto);
            assertEquals(11, viaJson.size(), viaJson.toString());
            assertTrue(viaProto.get(10).contains("from protobuf 😀 抢红包"));
        }
    }

    @Test
    void aBadOrWrongKindOfFrameGetsAnErrorFrameAndTheConnectionStaysOpen() {
        var ann = api.newUser();
        try (ProtoWs proto = ProtoWs.connect(api, ann, ProtoWs.PROTO)) {
            proto.sendBytes(new byte[] {(byte) 0xff, (byte) 0xff, 0x01});
            Frame error = proto.next("error", 10);
            assertEquals("BAD_REQUEST", error.getCode());
            proto.sendText("{\"type\":\"ping\"}");
            assertEquals("BAD_REQUEST", proto.next("error", 10).getCode(), "a text frame on a binary connection");
            proto.send(Frame.newBuilder().setType("ping").build());
            proto.next("pong", 10);
            proto.send(Frame.newBuilder().setType("send").setGroupId("no-such-group").setClientMsgId("x-1")
                    .setMsgType("TEXT").setText("hi").build());
            assertEquals("x-1", proto.next("error", 10).getClientMsgId());
        }
        try (ProtoWs json = ProtoWs.connect(api, ann, ProtoWs.JSON)) {
            assertEquals(ProtoWs.JSON, json.subprotocol());
            json.sendBytes(Frame.newBuilder().setType("ping").build().toByteArray());
            String error = json.nextText(10);
            assertTrue(error != null && error.contains("\"BAD_REQUEST\""), String.valueOf(error));
            json.sendText("{\"type\":\"ping\"}");
            assertEquals("{\"type\":\"pong\"}", json.nextText(10));
        }
        try (ProtoWs none = ProtoWs.connect(api, ann)) {
            assertEquals("", none.subprotocol(), "no subprotocol: JSON text, as before");
            none.sendText("{\"type\":\"ping\"}");
            assertEquals("{\"type\":\"pong\"}", none.nextText(10));
        }
    }

    /**
     * The served schema compiled by protoc, as a client's build would, with the well-known types
     * it imports from protobuf's own distribution (here the protobuf-java jar).
     */
    private static FileDescriptor compiled(String schema) throws IOException, InterruptedException,
            com.google.protobuf.Descriptors.DescriptorValidationException {
        Path dir = Files.createTempDirectory("chat-proto");
        Files.createDirectories(dir.resolve("chat/v1"));
        Files.writeString(dir.resolve("chat/v1/chat.proto"), schema, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("google/protobuf"));
        try (var timestamp = Timestamp.class.getResourceAsStream("/google/protobuf/timestamp.proto")) {
            Files.copy(timestamp, dir.resolve("google/protobuf/timestamp.proto"));
        }
        new File(PROTOC).setExecutable(true);
        Process protoc = new ProcessBuilder(PROTOC, "--proto_path=" + dir, "--descriptor_set_out=" + dir.resolve("set.pb"),
                "chat/v1/chat.proto").redirectErrorStream(true).start();
        String output = new String(protoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, protoc.waitFor(), output);
        FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(dir.resolve("set.pb")));
        return FileDescriptor.buildFrom(set.getFile(0), new FileDescriptor[] {TimestampProto.getDescriptor()});
    }
}
