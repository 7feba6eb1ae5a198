package chat.messaging.internal.interfaces;

import static chat.testing.RequestBodies.read;
import static chat.testing.RequestBodies.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A send's body, read as the server reads it (Yasson, Hibernate Validator), binds as {@code JsonBody}
 * did and is refused in the same words, naming the field; the text rules stay the domain's.
 */
class MessageRequestsTest {

    @Test
    void aSendBindsItsFieldsAndIgnoresOthers() throws IOException {
        assertEquals(new MessageRequest("c1", "TEXT", "hi", null, List.of(), null, null, null),
                read(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":\"hi\",\"mentions\":[]}"));
        assertEquals(new MessageRequest("c2", "IMAGE", null, "md1", null, null, null, null),
                read(MessageRequest.class, "{\"clientMsgId\":\"c2\",\"type\":\"IMAGE\",\"text\":null,\"mediaId\":\"md1\"}"));
    }

    @Test
    void aSendCarriesItsMentions() throws IOException {
        assertEquals(new MessageRequest("c3", "TEXT", "@bo @cy", null, List.of("bo", "cy"), true, 15L, null),
                read(MessageRequest.class, "{\"clientMsgId\":\"c3\",\"type\":\"TEXT\",\"text\":\"@bo @cy\","
                        + "\"mentions\":[\"bo\",\"cy\"],\"mentionAll\":true,\"replyTo\":15}"));
        assertEquals("mentionAll: must be true or false",
                refusal(MessageRequest.class, "{\"clientMsgId\":\"c3\",\"type\":\"TEXT\",\"mentionAll\":\"yes\"}"));
    }

    @Test
    void aForwardNamesTheMessageItCopies() throws IOException {
        assertEquals(new MessageRequest("c4", "TEXT", null, null, null, null, null, new MessageForwardRequest("g1", 7L)),
                read(MessageRequest.class, "{\"clientMsgId\":\"c4\",\"type\":\"TEXT\",\"forwardFrom\":{\"groupId\":\"g1\",\"seq\":7}}"));
        assertEquals("forwardFrom.seq: must be a whole number", refusal(MessageRequest.class,
                "{\"clientMsgId\":\"c4\",\"type\":\"TEXT\",\"forwardFrom\":{\"groupId\":\"g1\",\"seq\":\"7\"}}"));
    }

    @Test
    void theTextRulesAreLeftToTheDomain() throws IOException {
        // an empty id, a server-only type and a blank text bind: MessageRules refuses them, for REST and WebSocket alike
        assertEquals(new MessageRequest("", "REDPACK", " ", null, null, null, null, null),
                read(MessageRequest.class, "{\"clientMsgId\":\"\",\"type\":\"REDPACK\",\"text\":\" \"}"));
    }

    @Test
    void aSendWithoutAFieldItNeedsNamesIt() {
        assertEquals("clientMsgId: is required", refusal(MessageRequest.class, "{\"type\":\"TEXT\",\"text\":\"hi\"}"));
        assertEquals("type: is required", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":null}"));
        assertEquals("clientMsgId: is required", refusal(MessageRequest.class, "{}"));
        assertEquals("body: a JSON object is required", refusal(MessageRequest.class, ""));
    }

    @Test
    void aSendWithAFieldOfTheWrongTypeNamesIt() {
        assertEquals("clientMsgId: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":1,\"type\":\"TEXT\"}"));
        assertEquals("type: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":[\"TEXT\"]}"));
        assertEquals("text: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":{}}"));
        assertEquals("mediaId: must be a string", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"IMAGE\",\"mediaId\":7}"));
        assertEquals("mentions: must be an array", refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"mentions\":\"bo\"}"));
        assertEquals("text: must not contain NUL characters",
                refusal(MessageRequest.class, "{\"clientMsgId\":\"c1\",\"type\":\"TEXT\",\"text\":\"a\\u0000b\"}"));
    }

    @Test
    void anOperatorPostNeedsItsSender() throws IOException {
        assertEquals(new OperatorMessageRequest("hr-1", "bot", "TEXT", "Closed on Friday"),
                read(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"senderId\":\"bot\",\"type\":\"TEXT\","
                        + "\"text\":\"Closed on Friday\",\"mediaId\":\"ignored\"}"));
        assertEquals("senderId: is required", refusal(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"type\":\"TEXT\"}"));
        assertEquals("senderId: must be a string",
                refusal(OperatorMessageRequest.class, "{\"clientMsgId\":\"hr-1\",\"senderId\":true,\"type\":\"TEXT\"}"));
    }
}
