package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsBothFormsAndFallsBackToTheScenarioDefault() {
        Options options = Options.parse("--scenario", "provision", "--users=20000", "--batch", "500");
        assertEquals("provision", options.string("scenario").orElseThrow());
        assertEquals(20_000, options.integer("users", 1, 1, 1_000_000));
        assertEquals(500, options.integer("batch", 1000, 1, 1000));
        assertEquals(2, options.integer("concurrency", 2, 1, 64));
    }

    @Test
    void refusesTyposMissingValuesAndOutOfRangeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--user", "5"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--users"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--users", "1", "--users", "2"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--batch", "1001").integer("batch", 1000, 1, 1000));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--batch", "many").integer("batch", 1000, 1, 1000));
    }
}
