package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettlingTest {

    @Test
    void settlesOnceTheCountHeldStillForTheGivenReadings() {
        Settling settling = new Settling(3);
        assertFalse(settling.settled(10)); // the first reading
        assertFalse(settling.settled(10));
        assertFalse(settling.settled(10));
        assertTrue(settling.settled(10));
    }

    @Test
    void aChangeStartsTheCountAgain() {
        Settling settling = new Settling(2);
        assertFalse(settling.settled(0));
        assertFalse(settling.settled(0));
        assertFalse(settling.settled(5)); // a late report
        assertFalse(settling.settled(5));
        assertTrue(settling.settled(5));
        assertFalse(settling.settled(6));
    }

    @Test
    void needsAtLeastOneMoreReading() {
        assertThrows(IllegalArgumentException.class, () -> new Settling(0));
    }
}
