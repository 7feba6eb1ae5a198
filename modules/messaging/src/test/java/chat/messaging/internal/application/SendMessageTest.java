package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import chat.groups.api.Role;
import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.platform.errors.RateLimitedException;

class SendMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final SendMessage send = fixture.sendMessage();

    private SendMessage.Draft text(String groupId, String clientMsgId, String text) {
        return SendMessage.Draft.written(groupId, "ann", clientMsgId, "TEXT", text, null, null, false, null);
    }

    @Test
    void aTextTakesTheNextSeqAndIsToldAndAddedToTheWindow() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "bob");
        var sent = send.send(text("g", "c1", "hello"));
        assertTrue(sent.created());
        Message message = sent.message();
        assertEquals(2, message.seq());
        assertEquals("hello", message.text());
        assertEquals(MessageType.TEXT, message.type());
        assertNull(message.attachmentId());
        assertEquals(List.of("stored g 2"), fixture.events.told);
        assertEquals(List.of("append g 2"), fixture.recent.told);
        assertEquals(List.of("ann g 2"), fixture.rateCounted);
    }

    @Test
    void theFirstMessageOfAConversationIsSeqOne() {
        fixture.conversations.group("g", "ann", "bob");
        assertEquals(1, send.send(text("g", "c1", "hello")).message().seq());
    }

    @Test
    void aRetryAnswersTheStoredMessageWithoutCountingOrTellingAgain() {
        fixture.conversations.group("g", "ann", "bob");
        Message first = send.send(text("g", "c1", "hello")).message();
        var again = send.send(text("g", "c1", "hello"));
        assertFalse(again.created());
        assertEquals(first, again.message());
        assertEquals(1, fixture.messages.stored.size());
        assertEquals(1, fixture.rateCounted.size());
        assertEquals(1, fixture.events.told.size());
    }

    @Test
    void aRetryIsAnsweredEvenWhenTheRateLimitWouldRefuse() {
        fixture.conversations.group("g", "ann", "bob");
        Message first = send.send(text("g", "c1", "hello")).message();
        fixture.rateRefusal = new RateLimitedException("slow down");
        assertEquals(first, send.send(text("g", "c1", "hello")).message());
    }

    @Test
    void aClientMsgIdUsedInAnotherConversationIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.group("h", "ann", "bob");
        send.send(text("g", "c1", "hello"));
        var refused = assertThrows(ConflictException.class, () -> send.send(text("h", "c1", "hello")));
        assertEquals("CLIENT_MSG_ID_REUSED", refused.code());
    }

    @Test
    void aConcurrentRetryStoredUnderTheCounterLockIsAnswered() {
        fixture.conversations.group("g", "ann", "bob");
        Message other = new Message("g", 1, "ann", "c1", MessageType.TEXT, "hello", null, java.time.Instant.now(),
                false);
        var store = fixture.storeMessage();
        fixture.messages.put(other);
        var sent = store.store(new StoreMessage.Unstored("g", "ann", "c1", MessageType.TEXT, "hello", null));
        assertFalse(sent.created());
        assertEquals(other, sent.message());
        assertEquals(List.of(), fixture.events.told);
        assertEquals(1L, fixture.messages.counters.get("g"), "the seq taken for it is handed back: no gap");
    }

    @Test
    void aServerMadeMessageIsStoredWithItsAttachment() {
        var sent = fixture.storeMessage().store(new StoreMessage.Unstored("g", "ann", "redpack:p", MessageType.REDPACK,
                "Best wishes", "p"));
        assertTrue(sent.created());
        assertEquals("p", sent.message().attachmentId());
        assertEquals(MessageType.REDPACK, sent.message().type());
    }

    @Test
    void aMediaMessageAttachesTheUploadersMedia() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.uploads.add("m1|ann");
        var sent = send.send(SendMessage.Draft.written("g", "ann", "c1", "IMAGE", "ignored", "m1", null, false, null));
        assertEquals("m1", sent.message().attachmentId());
        assertNull(sent.message().text());
        assertEquals(List.of("m1 g IMAGE"), fixture.attached);
    }

    @Test
    void mediaSomeoneElseUploadedIsNotFound() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.uploads.add("m1|bob");
        assertThrows(NotFoundException.class,
                () -> send.send(SendMessage.Draft.written("g", "ann", "c1", "VIDEO", null, "m1", null, false, null)));
        assertEquals(List.of(), fixture.messages.stored);
    }

    @Test
    void aTextMessageNeverCarriesAnAttachment() {
        fixture.conversations.group("g", "ann", "bob");
        var sent = send.send(SendMessage.Draft.written("g", "ann", "c1", "TEXT", "hi", "m1", null, false, null));
        assertNull(sent.message().attachmentId());
        assertEquals(List.of(), fixture.attached);
    }

    @Test
    void aSenderOverTheRateLimitIsRefusedAndNothingIsStored() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.rateRefusal = new RateLimitedException("slow down");
        assertEquals("RATE_LIMITED", assertThrows(RateLimitedException.class,
                () -> send.send(text("g", "c1", "hello"))).code());
        assertEquals(List.of(), fixture.messages.stored);
    }

    @Test
    void aMutedMemberIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.refusePosting.put("g", new ForbiddenException(ErrorCode.MUTED, "muted"));
        assertEquals("MUTED", assertThrows(ForbiddenException.class, () -> send.send(text("g", "c1", "hi"))).code());
    }

    @Test
    void someoneOutsideTheConversationIsNotToldItExists() {
        fixture.conversations.group("g", "bob", "cat");
        assertThrows(NotFoundException.class, () -> send.send(text("g", "c1", "hi")));
    }

    private static SendMessage.Draft replying(String groupId, String clientMsgId, long replyTo) {
        return SendMessage.Draft.written(groupId, "ann", clientMsgId, "TEXT", "yes", null, null, false, replyTo);
    }

    @Test
    void aReplyCarriesTheMessageItAnswersQuoted() {
        fixture.conversations.group("g", "ann", "bob");
        Message original = send.send(text("g", "c1", "Lunch at noon?")).message();
        Message reply = send.send(replying("g", "c2", original.seq())).message();
        assertEquals(new Quote(original.seq(), "ann", MessageType.TEXT, "Lunch at noon?"), reply.replyTo());
        assertEquals(reply, fixture.messages.stored.get(1));
    }

    @Test
    void aReplyToAMessageOfAnotherConversationOrToNoneIsRefusedAndNothingIsStored() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.group("h", "ann", "cy");
        long elsewhere = send.send(text("h", "c1", "in h")).message().seq();
        send.send(text("g", "c2", "in g"));
        assertEquals("replyTo", assertThrows(InvalidInputException.class,
                () -> send.send(replying("g", "c3", elsewhere + 5))).field());
        assertEquals("replyTo", assertThrows(InvalidInputException.class, () -> send.send(replying("g", "c4", 0))).field());
        assertEquals(2, fixture.messages.stored.size());
    }

    private SendMessage.Draft mentioning(String senderId, List<String> mentions, boolean all) {
        return SendMessage.Draft.written("g", senderId, "m-" + senderId, "TEXT", "hey", null, mentions, all, null);
    }

    @Test
    void aMessageCarriesTheMembersItMentionsEachOnce() {
        fixture.conversations.group("g", "ann", "bob", "cy");
        Message sent = send.send(mentioning("bob", List.of("cy", "ann", "cy"), false)).message();
        assertEquals(new Mentions(List.of("cy", "ann"), false), sent.mentions());
        assertEquals(sent, fixture.messages.stored.get(0));
    }

    @Test
    void aMentionOfSomeoneOutsideTheConversationIsRefusedAndNothingIsStored() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.conversations.group("h", "dee");
        var refused = assertThrows(InvalidInputException.class, () -> send.send(mentioning("bob", List.of("ann", "dee"), false)));
        assertEquals("mentions", refused.field());
        assertTrue(refused.getMessage().contains("dee"), refused.getMessage());
        assertTrue(fixture.messages.stored.isEmpty());
        assertEquals(List.of(), fixture.rateCounted);
    }

    @Test
    void onlyTheOwnerAndAdminsMentionEveryone() {
        fixture.conversations.group("g", "ann", "bob", "cy");
        fixture.conversations.role("g", "cy", Role.ADMIN);
        assertThrows(ForbiddenException.class, () -> send.send(mentioning("bob", null, true)));
        assertTrue(fixture.messages.stored.isEmpty());
        assertTrue(send.send(mentioning("ann", null, true)).message().mentions().all());
        assertTrue(send.send(mentioning("cy", List.of("bob"), true)).message().mentions().all());
    }

    @Test
    void mentionsAreBoundedAndHoldNoBlanks() {
        fixture.conversations.group("g", "ann", "bob");
        List<String> many = IntStream.rangeClosed(1, Mentions.MAX_USERS + 1).mapToObj(i -> "u" + i).toList();
        assertEquals("mentions", assertThrows(InvalidInputException.class,
                () -> send.send(mentioning("ann", many, false))).field());
        assertEquals("mentions", assertThrows(InvalidInputException.class,
                () -> send.send(mentioning("ann", Arrays.asList("bob", " "), false))).field());
        assertTrue(fixture.messages.stored.isEmpty());
    }

    @Test
    void aBlankTextIsRefused() {
        assertEquals("text", assertThrows(InvalidInputException.class, () -> send.send(text("g", "c1", " "))).field());
    }

    @Test
    void aMissingClientMsgIdIsRefused() {
        assertEquals("clientMsgId", assertThrows(InvalidInputException.class,
                () -> send.send(text("g", "", "hi"))).field());
    }

    @Test
    void aClientMayNotSendASystemMessage() {
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> send.send(SendMessage.Draft.written("g", "ann", "c1", "SYSTEM", "hi", null, null, false, null))).field());
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> send.send(SendMessage.Draft.written("g", "ann", "c1", "text", "hi", null, null, false, null))).field());
    }

    @Test
    void aBatchIsStoredInOrderAndEachOfItsMessagesTakesTheNextSeqOfItsConversation() {
        var sent = fixture.storeMessage().storeAll(List.of(
                new StoreMessage.Unstored("g", "ann", "a1", MessageType.TEXT, "one", null),
                new StoreMessage.Unstored("g", "bob", "b1", MessageType.TEXT, "two", null),
                new StoreMessage.Unstored("h", "ann", "a2", MessageType.TEXT, "three", null)));
        assertEquals(List.of(1L, 2L, 1L), sent.stream().map(s -> s.message().seq()).toList());
        assertEquals(List.of("one", "two", "three"), sent.stream().map(s -> s.message().text()).toList());
        assertEquals(3, fixture.events.told.size(), "each message is told once");
    }

    @Test
    void aRetryInsideABatchIsStoredOnceAndItsSeqHandedBack() {
        fixture.messages.put(new Message("g", 1, "ann", "old", MessageType.TEXT, "before", null,
                java.time.Instant.now(), false));
        var sent = fixture.storeMessage().storeAll(List.of(
                new StoreMessage.Unstored("g", "ann", "old", MessageType.TEXT, "before", null),
                new StoreMessage.Unstored("g", "ann", "a1", MessageType.TEXT, "one", null),
                new StoreMessage.Unstored("g", "ann", "a1", MessageType.TEXT, "one", null),
                new StoreMessage.Unstored("g", "bob", "b1", MessageType.TEXT, "two", null)));
        assertEquals(List.of(false, true, false, true), sent.stream().map(SendMessage.Sent::created).toList());
        assertEquals(List.of(1L, 2L, 2L, 3L), sent.stream().map(s -> s.message().seq()).toList());
        assertEquals(3L, fixture.messages.counters.get("g"), "the two seqs taken for retries are handed back: no gap");
        assertEquals(3, fixture.messages.stored.size());
        assertEquals(2, fixture.events.told.size(), "only what was stored now is told");
    }

    @Test
    void aBatchHoldingAClientMsgIdOfAnotherConversationIsRefusedWhole() {
        var store = fixture.storeMessage();
        var batch = List.of(new StoreMessage.Unstored("g", "ann", "a1", MessageType.TEXT, "one", null),
                new StoreMessage.Unstored("h", "ann", "a1", MessageType.TEXT, "one", null));
        var refused = assertThrows(ConflictException.class, () -> store.storeAll(batch));
        assertEquals("CLIENT_MSG_ID_REUSED", refused.code());
    }
}
