package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(2_000);

    @Test
    void theRightPasswordMatchesItsHash() {
        assertTrue(hasher.matches("correct horse", hasher.hash("correct horse")));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(hasher.matches("correct hors", hasher.hash("correct horse")));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void aHashRecordsItsCostSoARaisedCostKeepsOldHashesValid() {
        String old = hasher.hash("kept password");
        assertTrue(old.startsWith("pbkdf2-sha256$2000$"));
        assertTrue(new PasswordHasher(4_000).matches("kept password", old));
    }

    @Test
    void garbageInsteadOfAHashNeverMatches() {
        assertFalse(hasher.matches("anything", "not-a-hash"));
        assertFalse(hasher.matches("anything", null));
    }

    @Test
    void aTrivialCostIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10));
    }

    @Test
    void aCostOfOneThousandIterationsIsTaken() {
        assertDoesNotThrow(() -> new PasswordHasher(1_000));
    }

    @Test
    void aCostOfNineHundredNinetyNineIterationsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(999));
    }

    @Test
    void aHashOfAnotherSchemeNeverMatches() {
        String ours = hasher.hash("same password");
        assertFalse(hasher.matches("same password", ours.replaceFirst("^pbkdf2-sha256", "pbkdf2-sha1")));
    }

    @Test
    void aHashMissingAPartNeverMatches() {
        String ours = hasher.hash("same password");
        assertFalse(hasher.matches("same password", ours.substring(0, ours.lastIndexOf('$'))));
    }
}
