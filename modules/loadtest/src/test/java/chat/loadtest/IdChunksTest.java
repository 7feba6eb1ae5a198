package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdChunksTest {

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "u" + i).toList();
    }

    @Test
    void theLastChunkHoldsTheRemainder() {
        List<List<String>> chunks = IdChunks.of(ids(25), 10);
        assertEquals(List.of(10, 10, 5), chunks.stream().map(List::size).toList());
        assertEquals("u20", chunks.get(2).get(0));
        assertEquals("u24", chunks.get(2).get(4));
    }

    @Test
    void anExactMultipleHasNoEmptyChunk() {
        assertEquals(List.of(10_000, 10_000), IdChunks.of(ids(20_000), 10_000).stream().map(List::size).toList());
    }

    @Test
    void everyIdOnceInOrder() {
        List<String> all = ids(99_999);
        List<List<String>> chunks = IdChunks.of(all, GroupApi.MAX_IDS_PER_CALL);
        assertEquals(10, chunks.size());
        assertEquals(all, chunks.stream().flatMap(List::stream).toList());
        assertTrue(chunks.stream().allMatch(c -> c.size() <= GroupApi.MAX_IDS_PER_CALL));
    }

    @Test
    void smallListsAndBadSizes() {
        assertEquals(List.of(), IdChunks.of(ids(0), 10));
        assertEquals(List.of(List.of("u0")), IdChunks.of(ids(1), 10_000));
        assertEquals(3, IdChunks.of(ids(3), 1).size());
        assertThrows(IllegalArgumentException.class, () -> IdChunks.of(ids(3), 0));
    }
}
