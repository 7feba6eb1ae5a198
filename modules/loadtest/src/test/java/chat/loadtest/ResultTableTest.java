package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void aMatchingCountSaysOkAndKeepsTheTableComplete() {
        ResultTable table = new ResultTable("t").expect("final memberCount", 2001, 2001, "--users + 1");
        assertTrue(table.complete());
        assertTrue(table.toMarkdown().contains("| final memberCount | 2001 (must equal --users + 1 = 2001: OK) |"));
        assertFalse(table.toMarkdown().contains("Incomplete run"));
    }

    @Test
    void aMismatchMakesTheTableIncomplete() {
        ResultTable table = new ResultTable("t").expect("final memberCount", 1999, 2001, "--users + 1");
        assertFalse(table.complete());
        assertTrue(table.toMarkdown().contains("1999 (must equal --users + 1 = 2001: MISMATCH)"));
        assertTrue(table.toMarkdown().contains("Incomplete run"));
    }

    @Test
    void eachCountMustMatch() {
        ResultTable same = new ResultTable("t").expectEach("items", new long[] {1000, 1000, 1000}, 1000, "--conversations");
        assertTrue(same.complete());
        assertTrue(same.toMarkdown().contains("| items (all 3 alike) | 1000 (must equal --conversations = 1000: OK) |"));

        ResultTable differ = new ResultTable("t").expectEach("items", new long[] {1000, 999}, 1000, "--conversations");
        assertFalse(differ.complete());
        assertTrue(differ.toMarkdown().contains("from 999 to 1000 over 2"));

        ResultTable wrong = new ResultTable("t").expectEach("items", new long[] {7, 7}, 1000, "--conversations");
        assertFalse(wrong.complete());

        ResultTable none = new ResultTable("t").expectEach("items", new long[0], 1000, "--conversations");
        assertFalse(none.complete());
        assertTrue(none.toMarkdown().contains("| items | no samples |"));
    }
}
