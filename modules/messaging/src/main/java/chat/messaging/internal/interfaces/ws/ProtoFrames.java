package chat.messaging.internal.interfaces.ws;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import chat.messaging.internal.interfaces.ws.proto.Frame;
import chat.platform.json.Json;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The two encodings of a frame (ADR 0020): a JSON text frame and the {@link Frame} of chat.proto
 * with the same fields. The JSON frame is the one the server builds; a binary connection's frames
 * are that frame carried field by field into the generated message (by the fields' JSON names, so
 * chat.proto names the mapping once) and encoded by protobuf-java; a binary frame a client sends is
 * decoded the same way back into the JSON frame the handlers read; a {@link Timestamp} is the JSON
 * frame's RFC 3339 string (its proto3 JSON form). A frame encoded lately is kept
 * (a notify to thousands of members is encoded once, and the bytes shared by every connection).
 */
final class ProtoFrames {

    private static final Logger LOG = Logger.getLogger(ProtoFrames.class.getName());
    /** Frames whose encoding is kept: an event is sent to many connections within moments (notifies keep their own, NotifyFeed). */
    private static final int KEPT = 256;
    /** Only small frames are kept (notifies, events); a pull's answer goes to one connection. */
    private static final int KEPT_CHARS = 16_384;
    private static final Map<Descriptor, Map<String, FieldDescriptor>> BY_JSON_NAME = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    private ProtoFrames() {
    }

    /** The binary frame of this JSON frame; the same bytes for the same frame sent again soon. */
    static byte[] encode(String jsonFrame) {
        synchronized (RECENT) {
            byte[] kept = RECENT.get(jsonFrame);
            if (kept != null) {
                return kept;
            }
        }
        Frame.Builder frame = Frame.newBuilder();
        fill(frame, Json.createReader(new StringReader(jsonFrame)).readObject());
        byte[] bytes = frame.build().toByteArray();
        if (jsonFrame.length() <= KEPT_CHARS) {
            synchronized (RECENT) {
                RECENT.put(jsonFrame, bytes);
            }
        }
        return bytes;
    }

    /** The JSON frame a binary frame stands for; a frame that is no Frame of chat.proto throws. */
    /** A message of a notify's or a pull's items (its JSON object) as chat.proto {@code Message} bytes. */
    static byte[] message(String jsonMessage) {
        var message = chat.messaging.internal.interfaces.ws.proto.Message.newBuilder();
        fill(message, Json.createReader(new StringReader(jsonMessage)).readObject());
        return message.build().toByteArray();
    }

    /**
     * The binary {@code notify} of a conversation's seqs up to {@code seq}, with these messages'
     * bytes ({@link #message}) as its items: the frame's own fields, then each item as field
     * {@code items}, which is how protobuf writes the whole {@code Frame} (fields in number order),
     * with no message parsed again.
     */
    static byte[] notify(String groupId, long seq, List<byte[]> items) {
        byte[] head = Frame.newBuilder().setType("notify").setGroupId(groupId).setSeq(seq).build().toByteArray();
        int size = head.length;
        for (byte[] item : items) {
            size += CodedOutputStream.computeByteArraySize(Frame.ITEMS_FIELD_NUMBER, item);
        }
        byte[] frame = Arrays.copyOf(head, size);
        CodedOutputStream out = CodedOutputStream.newInstance(frame, head.length, size - head.length);
        try {
            for (byte[] item : items) {
                out.writeByteArray(Frame.ITEMS_FIELD_NUMBER, item);
            }
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("a frame sized to fit did not", e);
        }
        return frame;
    }

    static String decode(byte[] binary) throws InvalidProtocolBufferException {
        return json(Frame.parseFrom(binary)).toString();
    }

    /** The JSON object of a message: its fields that are set, by their JSON names, 64-bit numbers as numbers. */
    static JsonObject json(Message message) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.isRepeated()) {
                List<?> values = (List<?>) message.getField(field);
                if (!values.isEmpty()) {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    values.forEach(value -> array.add(jsonValue(field, value)));
                    object.add(field.getJsonName(), array);
                }
            } else if (field.hasPresence() ? message.hasField(field) : !message.getField(field).equals(field.getDefaultValue())) {
                object.add(field.getJsonName(), jsonValue(field, message.getField(field)));
            }
        }
        return object.build();
    }

    private static JsonValue jsonValue(FieldDescriptor field, Object value) {
        return switch (field.getJavaType()) {
            case STRING -> Json.createValue((String) value);
            case LONG -> Json.createValue((Long) value);
            case INT -> Json.createValue((long) (Integer) value);
            case BOOLEAN -> (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
            case MESSAGE -> value instanceof Timestamp time
                    ? Json.createValue(Instant.ofEpochSecond(time.getSeconds(), time.getNanos()).toString())
                    : json((Message) value);
            default -> throw new IllegalStateException("chat.proto has no field of type " + field.getJavaType());
        };
    }

    /** Sets each field of the JSON object that has a place in the message; nulls are fields not set. */
    private static void fill(Message.Builder builder, JsonObject json) {
        Map<String, FieldDescriptor> fields = BY_JSON_NAME.computeIfAbsent(builder.getDescriptorForType(), ProtoFrames::byJsonName);
        json.forEach((name, value) -> {
            FieldDescriptor field = fields.get(name);
            if (field == null) {
                LOG.warning(() -> "a frame's field has no place in chat.proto and is left out of binary frames: "
                        + builder.getDescriptorForType().getName() + "." + name);
                return;
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            if (field.isRepeated()) {
                for (JsonValue item : (JsonArray) value) {
                    builder.addRepeatedField(field, protoValue(builder, field, item));
                }
            } else {
                builder.setField(field, protoValue(builder, field, value));
            }
        });
    }

    private static Object protoValue(Message.Builder builder, FieldDescriptor field, JsonValue value) {
        return switch (field.getJavaType()) {
            case STRING -> ((JsonString) value).getString();
            case LONG -> ((JsonNumber) value).longValueExact();
            case INT -> ((JsonNumber) value).intValueExact();
            case BOOLEAN -> value == JsonValue.TRUE;
            case MESSAGE -> {
                if (field.getMessageType().equals(Timestamp.getDescriptor())) {
                    Instant time = Instant.parse(((JsonString) value).getString());
                    yield Timestamp.newBuilder().setSeconds(time.getEpochSecond()).setNanos(time.getNano()).build();
                }
                Message.Builder nested = builder.newBuilderForField(field);
                fill(nested, (JsonObject) value);
                yield nested.build();
            }
            default -> throw new IllegalStateException("chat.proto has no field of type " + field.getJavaType());
        };
    }

    private static Map<String, FieldDescriptor> byJsonName(Descriptor descriptor) {
        Map<String, FieldDescriptor> fields = new ConcurrentHashMap<>();
        descriptor.getFields().forEach(f -> fields.put(f.getJsonName(), f));
        return fields;
    }
}
