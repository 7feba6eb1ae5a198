package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UsernameTakenExceptionTest {

    @Test
    void aTakenUsernameIsAConflictWithTheContractCode() {
        var taken = new UsernameTakenException("ann");
        assertEquals("USERNAME_TAKEN", taken.code());
        assertEquals(409, taken.status());
    }

    @Test
    void aTakenUsernameIsNamedInTheMessage() {
        assertEquals("username 'ann' is taken", new UsernameTakenException("ann").getMessage());
    }
}
