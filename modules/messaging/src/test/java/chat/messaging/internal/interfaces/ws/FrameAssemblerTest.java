package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameAssemblerTest {

    @Test
    void aWholeFrameIsHandedOnAsItIs() throws Exception {
        assertEquals("{\"type\":\"ping\"}", new FrameAssembler(100).add("{\"type\":\"ping\"}", true));
    }

    @Test
    void fragmentsAreJoinedWhenTheLastOneComes() throws Exception {
        FrameAssembler assembler = new FrameAssembler(100);
        assertNull(assembler.add("{\"type\":", false));
        assertNull(assembler.add("\"pi", false));
        assertEquals("{\"type\":\"ping\"}", assembler.add("ng\"}", true));
        assertEquals("next", assembler.add("next", true), "nothing of the last message is left over");
    }

    @Test
    void aMessageThatPassesTheBoundAcrossFragmentsIsRefusedAtOnce() throws Exception {
        FrameAssembler assembler = new FrameAssembler(10);
        assertNull(assembler.add("12345", false));
        assertThrows(FrameAssembler.TooLarge.class, () -> assembler.add("678901", false));
        assertEquals("fresh", assembler.add("fresh", true), "the refused fragments are dropped");
        assertThrows(FrameAssembler.TooLarge.class, () -> assembler.add("x".repeat(11), true));
    }
}
