package chat.groups.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LastMessageTest {

    @Test
    void aShortTextIsPreviewedWhole() {
        assertEquals("hello", LastMessage.preview("hello"));
        assertNull(LastMessage.preview(null));
        String exact = "x".repeat(LastMessage.PREVIEW_LENGTH);
        assertEquals(exact, LastMessage.preview(exact));
    }

    @Test
    void aLongTextIsCutToThePreviewLength() {
        assertEquals("y".repeat(LastMessage.PREVIEW_LENGTH), LastMessage.preview("y".repeat(5_000)));
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(LastMessage.PREVIEW_LENGTH - 1) + "😀" + "tail";
        String preview = LastMessage.preview(text);
        assertEquals(LastMessage.PREVIEW_LENGTH - 1, preview.length(), "the emoji's two chars would straddle the cut");
        assertEquals("a".repeat(LastMessage.PREVIEW_LENGTH - 1), preview);
    }
}
