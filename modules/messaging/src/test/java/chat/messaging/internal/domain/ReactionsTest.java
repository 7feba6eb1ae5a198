package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReactionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"👍", "❤️", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "🇨🇳", "1️⃣", "#️⃣", "©️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "‼️", "☺"})
    void oneEmojiOfAnyShapeIsOne(String emoji) {
        assertEquals(emoji, Reactions.emoji(emoji));
    }

    @Test
    void countsKeepTheOrderTheEmojiFirstCameAndDropAnEmojiNobodyHolds() {
        Reactions r = Reactions.NONE.added("👍").added("❤️").added("👍");
        assertEquals(List.of(new Reactions.Count("👍", 2), new Reactions.Count("❤️", 1)), r.counts());
        assertEquals(List.of(new Reactions.Count("👍", 2)), r.removed("❤️").counts());
        assertEquals(r, r.removed("🤔"));
    }

    @Test
    void thereIsRoomForTwentyDifferentEmojiAndAlwaysForOneThatIsThere() {
        Reactions r = Reactions.NONE;
        for (int i = 0; i < Reactions.MAX_EMOJI; i++) {
            r = r.added(new String(Character.toChars(0x1F600 + i)));
        }
        assertFalse(r.roomFor("🤔"));
        assertTrue(r.roomFor("😀"));
        assertTrue(r.removed("😀").roomFor("🤔"));
    }
}
