package chat.groups.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupFullExceptionTest {

    @Test
    void aFullGroupIsAConflictWithTheContractCode() {
        var full = new GroupFullException(500);
        assertEquals("GROUP_FULL", full.code());
        assertEquals(409, full.status());
    }

    @Test
    void aFullGroupSaysItsCapAndThatNobodyWasAdded() {
        String message = new GroupFullException(500).getMessage();
        assertTrue(message.contains("500"), message);
        assertTrue(message.contains("nobody was added"), message);
    }
}
