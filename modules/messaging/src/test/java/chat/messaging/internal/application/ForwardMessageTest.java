package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class ForwardMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final SendMessage send = fixture.sendMessage();

    ForwardMessageTest() {
        fixture.conversations.group("from", "ann", "bob");
        fixture.conversations.group("to", "bob", "cy");
    }

    private static SendMessage.Draft forward(String type, String fromGroupId, long seq) {
        return new SendMessage.Draft("to", "bob", "f-" + seq, type, null, null, null, false, null,
                new SendMessage.ForwardFrom(fromGroupId, seq));
    }

    @Test
    void aForwardCopiesTheTextAndIsMarked() {
        fixture.text("from", 1, "ann");
        var sent = send.send(forward("TEXT", "from", 1));
        assertTrue(sent.message().forwarded());
        assertEquals("text 1", sent.message().text());
        assertEquals("bob", sent.message().senderId(), "the forwarder sends it");
        assertEquals(sent.message(), send.send(forward("TEXT", "from", 1)).message(), "a retry is the same message");
    }

    @Test
    void aForwardedFileBecomesTheTargetMembers() {
        fixture.uploads.add("m1|ann");
        fixture.attached.add("m1 from IMAGE");
        fixture.messages.put(new Message("from", 1, "ann", "c1", MessageType.IMAGE, null, "m1", Instant.now(), false));
        var sent = send.send(forward("IMAGE", "from", 1));
        assertEquals("m1", sent.message().attachmentId());
        assertEquals(List.of("m1 from IMAGE", "m1 to shared"), fixture.attached);
    }

    @Test
    void whatTheForwarderMayNotReadIsNotFound() {
        fixture.conversations.group("theirs", "ann", "cy");
        fixture.text("theirs", 1, "ann");
        fixture.text("from", 1, "ann");
        fixture.text("from", 2, "ann");
        fixture.messages.hide("bob", "from", 2);
        assertThrows(NotFoundException.class, () -> send.send(forward("TEXT", "theirs", 1)), "not bob's conversation");
        assertThrows(NotFoundException.class, () -> send.send(forward("TEXT", "from", 2)), "bob hid it");
        assertThrows(NotFoundException.class, () -> send.send(forward("TEXT", "from", 9)), "not there");
        fixture.recallMessage().recall("ann", "from", 1);
        assertThrows(NotFoundException.class, () -> send.send(forward("TEXT", "from", 1)), "recalled");
        assertEquals(0, fixture.messages.stored.stream().filter(m -> m.groupId().equals("to")).count());
    }

    @Test
    void redPacketsAWrongTypeAndContentOfItsOwnAreRefusedNamingTheField() {
        fixture.messages.put(new Message("from", 1, "ann", "redpack-p", MessageType.REDPACK, "Lucky", "p", Instant.now(), false));
        fixture.text("from", 2, "ann");
        assertEquals("forwardFrom", assertThrows(InvalidInputException.class,
                () -> send.send(forward("TEXT", "from", 1))).field());
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> send.send(forward("IMAGE", "from", 2))).field());
        assertEquals("forwardFrom", assertThrows(InvalidInputException.class, () -> send.send(new SendMessage.Draft("to",
                "bob", "f", "TEXT", "my own words", null, null, false, null, new SendMessage.ForwardFrom("from", 2L)))).field());
        assertEquals("forwardFrom.seq", assertThrows(InvalidInputException.class, () -> send.send(new SendMessage.Draft("to",
                "bob", "f", "TEXT", null, null, null, false, null, new SendMessage.ForwardFrom("from", 0L)))).field());
        assertEquals(0, fixture.messages.stored.stream().filter(m -> m.groupId().equals("to")).count());
    }
}
