package chat.messaging.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class SearchQueryTest {

    private static String refusedField(String q, Long limit, String before) {
        return assertThrows(InvalidInputException.class, () -> SearchQuery.of(q, limit, before)).field();
    }

    @Test
    void aQueryIsOneToAHundredCharactersAndAPageOneToFifty() {
        SearchQuery query = SearchQuery.of(" 红包 ", null, null);
        assertEquals("红包", query.text());
        assertEquals(SearchQuery.DEFAULT_LIMIT, query.limit());
        assertNull(query.before());
        assertEquals(100, SearchQuery.of("字".repeat(100), 50L, "").text().length());
        assertEquals("q", refusedField(null, null, null));
        assertEquals("q", refusedField("   ", null, null));
        assertEquals("q", refusedField("字".repeat(101), null, null));
        assertEquals("q", refusedField("a\0b", null, null));
        assertEquals("limit", refusedField("lunch", 0L, null));
        assertEquals("limit", refusedField("lunch", 51L, null));
    }

    @Test
    void theCursorComesBackAsItWentOutAndAnythingElseIsRefused() {
        var cursor = new SearchQuery.Cursor(Instant.parse("2026-12-06T08:00:00.123456Z"), "g-1 with space", 42);
        assertEquals(cursor, SearchQuery.of("lunch", null, cursor.encode()).before());
        assertEquals("before", refusedField("lunch", null, "not-a-cursor"));
        assertEquals("before", refusedField("lunch", null, "%%%"));
    }
}
