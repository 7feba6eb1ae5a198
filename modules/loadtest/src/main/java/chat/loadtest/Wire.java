package chat.loadtest;

import java.nio.ByteBuffer;
import java.util.Locale;

import com.google.protobuf.InvalidProtocolBufferException;

import chat.messaging.internal.interfaces.ws.proto.Frame;
import chat.messaging.internal.interfaces.ws.proto.Message;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * How a load-test socket's frames travel ({@code --encoding}): JSON text, the default (no
 * subprotocol), or Protocol Buffers under the subprotocol {@code chat.v1.proto}, one {@code Frame}
 * of chat.proto per binary message. The scenarios keep building and reading JSON frames; a binary
 * socket carries the fields the load generator sends and reads across, through the classes this
 * module generates from the server's own chat.proto (as any client would, from the schema).
 */
enum Wire {
    JSON(null),
    PROTOBUF("chat.v1.proto");

    /** The subprotocol asked for; null for none. */
    final String subprotocol;

    Wire(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    static Wire of(Options options) {
        String name = options.string("encoding", "json");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "protobuf", "proto" -> PROTOBUF;
            default -> throw new IllegalArgumentException("--encoding must be json or protobuf: " + name);
        };
    }

    /** A client frame ({@code send}, {@code pull}, {@code read}, {@code ping}) as a binary {@code Frame}. */
    static byte[] encode(String jsonFrame) {
        JsonObject json = JsonText.parse(jsonFrame);
        Frame.Builder frame = Frame.newBuilder().setType(json.getString("type"));
        if (json.containsKey("clientMsgId")) {
            frame.setClientMsgId(json.getString("clientMsgId"));
        }
        if (json.containsKey("groupId")) {
            frame.setGroupId(json.getString("groupId"));
        }
        if (json.containsKey("msgType")) {
            frame.setMsgType(json.getString("msgType"));
        }
        if (json.containsKey("text")) {
            frame.setText(json.getString("text"));
        }
        if (json.containsKey("seq")) {
            frame.setSeq(json.getJsonNumber("seq").longValue());
        }
        if (json.containsKey("after")) {
            frame.setAfter(json.getJsonNumber("after").longValue());
        }
        if (json.containsKey("until")) {
            frame.setUntil(json.getJsonNumber("until").longValue());
        }
        if (json.containsKey("limit")) {
            frame.setLimit(json.getInt("limit"));
        }
        return frame.build().toByteArray();
    }

    /** A server frame as the JSON frame the scenarios read: the fields they look at. */
    static JsonObject decode(ByteBuffer binary) throws InvalidProtocolBufferException {
        Frame frame = Frame.parseFrom(binary);
        JsonObjectBuilder json = JsonText.object().add("type", frame.getType());
        if (frame.hasClientMsgId()) {
            json.add("clientMsgId", frame.getClientMsgId());
        }
        if (frame.hasGroupId()) {
            json.add("groupId", frame.getGroupId());
        }
        if (frame.hasSeq()) {
            json.add("seq", frame.getSeq());
        }
        if (frame.hasHasMore()) {
            json.add("hasMore", frame.getHasMore());
        }
        if (frame.hasCode()) {
            json.add("code", frame.getCode());
        }
        if (frame.hasMessage()) {
            json.add("message", frame.getMessage());
        }
        if (frame.hasEvent()) {
            json.add("event", frame.getEvent());
        }
        if (frame.getItemsCount() > 0) {
            JsonArrayBuilder items = JsonText.array();
            for (Message message : frame.getItemsList()) {
                JsonObjectBuilder item = JsonText.object().add("seq", message.getSeq());
                if (message.hasText()) {
                    item.add("text", message.getText());
                }
                if (message.hasSenderId()) {
                    item.add("senderId", message.getSenderId());
                }
                items.add(item);
            }
            json.add("items", items);
        }
        return json.build();
    }
}
