package chat.media.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderOrAnUnknownOneIsTheWholeFile() {
        for (String header : new String[] {null, "", "items=0-5", "bytes=0-5,10-20", "bytes=x-y", "bytes=5"}) {
            ByteRange range = ByteRange.parse(header, 1000);
            assertEquals(0, range.first(), header);
            assertEquals(999, range.last(), header);
            assertFalse(range.partial(), header);
        }
    }

    @Test
    void rangesFromToAndSuffixesAreServedPartially() {
        ByteRange middle = ByteRange.parse("bytes=100-199", 1000);
        assertTrue(middle.partial());
        assertEquals(100, middle.length());
        ByteRange open = ByteRange.parse("bytes=900-", 1000);
        assertEquals(900, open.first());
        assertEquals(999, open.last());
        ByteRange suffix = ByteRange.parse("bytes=-100", 1000);
        assertEquals(900, suffix.first());
        assertEquals(100, suffix.length());
        assertEquals(999, ByteRange.parse("bytes=500-5000", 1000).last(), "clamped to the end");
        assertEquals(0, ByteRange.parse("bytes=-5000", 1000).first());
    }

    @Test
    void rangesOutsideTheFileCannotBeServed() {
        assertNull(ByteRange.parse("bytes=1000-", 1000));
        assertNull(ByteRange.parse("bytes=300-200", 1000));
        assertNull(ByteRange.parse("bytes=-0", 1000));
    }
}
