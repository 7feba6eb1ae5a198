package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import chat.groups.api.GroupFact;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;

class RecordSystemMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final RecordSystemMessage record = fixture.recordSystemMessage();

    @BeforeEach
    void people() {
        fixture.user("ann", "Ann");
        fixture.user("bob", "Bob");
        fixture.user("cat", "Cat");
    }

    private Message only() {
        assertEquals(1, fixture.messages.stored.size());
        return fixture.messages.stored.get(0);
    }

    @Test
    void aFactBecomesASystemMessageWithTheNextSeq() {
        fixture.text("g", 4, "bob");
        record.record(new GroupFact.Renamed("f1", "g", "ann", "Hikers"));
        Message message = fixture.messages.find("g", 5).orElseThrow();
        assertEquals(MessageType.SYSTEM, message.type());
        assertEquals("ann", message.senderId());
        assertEquals("system:f1", message.clientMsgId());
        assertEquals(List.of("stored g 5"), fixture.events.told);
        assertEquals(List.of("append g 5"), fixture.recent.told);
    }

    @Test
    void aRedeliveredFactIsRecordedOnce() {
        var fact = new GroupFact.Renamed("f1", "g", "ann", "Hikers");
        record.record(fact);
        record.record(fact);
        assertEquals(1, fixture.messages.stored.size());
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void someoneWhoJoinedJoinedTheGroup() {
        record.record(new GroupFact.Joined("f1", "g", "bob", List.of("bob")));
        assertEquals("Bob joined the group", only().text());
    }

    @Test
    void someoneAddedOthers() {
        record.record(new GroupFact.Joined("f1", "g", "ann", List.of("bob", "cat")));
        assertEquals("Ann added Bob, Cat", only().text());
    }

    @Test
    void addingManyNamesTenAndCountsTheRest() {
        List<String> added = IntStream.rangeClosed(1, 12).mapToObj(i -> "u" + i).toList();
        added.forEach(id -> fixture.user(id, id.toUpperCase()));
        record.record(new GroupFact.Joined("f1", "g", "ann", added));
        assertEquals("Ann added U1, U2, U3, U4, U5, U6, U7, U8, U9, U10 and 2 more", only().text());
    }

    @Test
    void aMemberWhoLeftLeftTheGroup() {
        record.record(new GroupFact.Left("f1", "g", "bob", "bob", false));
        assertEquals("Bob left the group", only().text());
    }

    @Test
    void aRemovedMemberIsNamedWithTheOneWhoRemovedThem() {
        record.record(new GroupFact.Left("f1", "g", "ann", "bob", true));
        assertEquals("Ann removed Bob", only().text());
    }

    @Test
    void aRenameQuotesTheNewName() {
        record.record(new GroupFact.Renamed("f1", "g", "ann", "Hikers"));
        assertEquals("Ann renamed the group to \"Hikers\"", only().text());
    }

    @Test
    void anAnnouncementIsQuoted() {
        record.record(new GroupFact.Announced("f1", "g", "ann", "Meet at 9"));
        assertEquals("Ann posted an announcement: Meet at 9", only().text());
    }

    @Test
    void aUserWhoNoLongerExistsIsSomeone() {
        record.record(new GroupFact.Left("f1", "g", "ann", "ghost", true));
        assertEquals("Ann removed someone", only().text());
    }
}
