package chat.messaging.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.domain.Mentions;
import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import chat.messaging.internal.domain.Quote;

class RecentWindowTest {

    private static Message message(long seq) {
        return new Message("g", seq, "u", "c" + seq, MessageType.TEXT, "text " + seq, null, Instant.EPOCH, false);
    }

    private static RecentWindow window(long from, long to) {
        List<Message> messages = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            messages.add(message(seq));
        }
        return RecentWindow.of(messages);
    }

    @Test
    void aRangeInsideTheWindowIsAnsweredFromIt() {
        var slice = window(11, 20).slice(14, 17, 50).orElseThrow();
        assertEquals(List.of(15L, 16L, 17L), slice.stream().map(Message::seq).toList());
        assertEquals(2, window(11, 20).slice(10, 20, 2).orElseThrow().size());
    }

    @Test
    void aRangeReachingBeforeOrPastTheWindowGoesToTheDatabase() {
        assertTrue(window(11, 20).slice(5, 15, 50).isEmpty());
        assertTrue(window(11, 20).slice(15, 21, 50).isEmpty());
        assertTrue(window(11, 20).slice(15, Long.MAX_VALUE, 50).isEmpty());
        assertTrue(RecentWindow.of(List.of()).slice(0, 1, 50).isEmpty());
    }

    @Test
    void onlyTheNextMessageExtendsTheWindowWhichKeepsItsSize() {
        assertTrue(window(1, 3).append(message(5)).isEmpty());
        var full = window(1, RecentWindow.SIZE).append(message(RecentWindow.SIZE + 1)).orElseThrow();
        assertEquals(RecentWindow.SIZE, full.messages().size());
        assertEquals(2, full.messages().get(0).seq());
    }

    @Test
    void aWindowSurvivesItsTripThroughTheCache() {
        var recalled = new Message("g", 2, "u", "c2", MessageType.TEXT, null, null, Instant.EPOCH, true);
        var mentioning = new Message("g", 3, "u", "c3", MessageType.TEXT, "@all", null, Instant.EPOCH, false,
                new Mentions(List.of("v", "w"), true));
        var byName = new Message("g", 4, "u", "c4", MessageType.TEXT, "@v", null, Instant.EPOCH, false,
                new Mentions(List.of("v"), false));
        var everyone = new Message("g", 5, "u", "c5", MessageType.TEXT, "@all", null, Instant.EPOCH, false,
                new Mentions(List.of(), true));
        var reply = new Message("g", 6, "u", "c6", MessageType.TEXT, "yes", null, Instant.EPOCH, false, Mentions.NONE,
                new Quote(4, "v", MessageType.TEXT, "@v"));
        var all = List.of(message(1), recalled, mentioning, byName, everyone, reply);
        assertEquals(all, RecentWindow.decode(RecentWindow.of(all).encode()).messages());
    }
}
