package chat.messaging.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import chat.messaging.internal.domain.Reactions;
import chat.platform.errors.ConflictException;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class ReactToMessageTest {

    private final MessagingFixture fixture = new MessagingFixture();
    private final ReactToMessage react = fixture.reactToMessage();

    private List<Reactions.Count> counts(String groupId, long seq) {
        return fixture.messages.find(groupId, seq).orElseThrow().reactions().counts();
    }

    @Test
    void membersReactAndTakeBackTheirOwnAndEveryoneHearsTheCounts() {
        fixture.conversations.group("g", "ann", "bob", "cy");
        fixture.text("g", 1, "ann");
        react.react("bob", "g", 1, "👍");
        react.react("cy", "g", 1, "👍");
        react.react("cy", "g", 1, "❤️");
        react.react("cy", "g", 1, "❤️");
        assertEquals(List.of(new Reactions.Count("👍", 2), new Reactions.Count("❤️", 1)), counts("g", 1));
        assertEquals(Map.of(1L, Set.of("👍", "❤️")), fixture.reactions.mine("g", List.of(1L), "cy"));
        react.unreact("bob", "g", 1, "👍");
        react.unreact("bob", "g", 1, "👍");
        react.unreact("ann", "g", 1, "❤️");
        assertEquals(List.of(new Reactions.Count("👍", 1), new Reactions.Count("❤️", 1)), counts("g", 1));
        assertEquals(List.of("reactions g 1 👍1 (bob +👍)", "reactions g 1 👍2 (cy +👍)",
                "reactions g 1 👍2,❤️1 (cy +❤️)", "reactions g 1 👍1,❤️1 (bob -👍)"), fixture.events.told);
    }

    @Test
    void strangersMissingMessagesAndRecalledOnesAreRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "ann");
        fixture.text("g", 2, "ann");
        react.react("bob", "g", 2, "👍");
        fixture.recallMessage().recall("ann", "g", 2);
        assertThrows(NotFoundException.class, () -> react.react("dee", "g", 1, "👍"));
        assertThrows(NotFoundException.class, () -> react.react("bob", "g", 3, "👍"));
        assertThrows(NotFoundException.class, () -> react.react("bob", "g", 2, "👍"));
        assertEquals(Map.of(), fixture.reactions.mine("g", List.of(2L), "bob"), "a recall takes the reactions");
        assertEquals(List.of(), counts("g", 2));
    }

    @Test
    void aTwentyFirstEmojiIsRefusedButAnotherOfTheTwentyIsNot() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "ann");
        List<String> twenty = List.of("😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆", "😉", "😊", "😋", "😎", "😍", "😘",
                "🥰", "😗", "😙", "🥲", "😚", "🙂");
        twenty.forEach(emoji -> react.react("ann", "g", 1, emoji));
        var refused = assertThrows(ConflictException.class, () -> react.react("bob", "g", 1, "🤔"));
        assertEquals("CONFLICT", refused.code());
        react.react("bob", "g", 1, "😀");
        assertEquals(20, counts("g", 1).size());
        assertEquals(2, counts("g", 1).get(0).count());
    }

    @Test
    void textIsNoEmojiAndNothingChanges() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.text("g", 1, "ann");
        for (String notOne : new String[] {"", "ok", "👍 ", " ", "a👍", "👍x", "<b>", "1", "😀😁😂😃😄😅😆😉😊😋😎😍😘🥰😗😙😚"}) {
            var refused = assertThrows(InvalidInputException.class, () -> react.react("bob", "g", 1, notOne), notOne);
            assertEquals("emoji", refused.field());
        }
        assertEquals(List.of(), fixture.events.told);
    }
}
