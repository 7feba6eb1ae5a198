package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MediaUploadsTest {

    @Test
    void anMp4ShapedStreamHasExactlyTheAskedBytesAndStartsWithAnFtypBox() throws IOException {
        try (InputStream in = MediaUploads.mp4Shaped(5 * 1024 * 1024 + 3)) {
            byte[] head = in.readNBytes(12);
            assertArrayEquals(new byte[] {'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, Arrays.copyOfRange(head, 4, 12));
            assertEquals(5 * 1024 * 1024 + 3 - 12, in.transferTo(OutputStreamCounter.INSTANCE));
        }
    }

    @Test
    void fillerReadsTheSameOneByteAtATimeAsInBlocks() throws IOException {
        byte[] blocks = new MediaUploads.Filler(1000).readAllBytes();
        byte[] single = new byte[1000];
        MediaUploads.Filler one = new MediaUploads.Filler(1000);
        for (int i = 0; i < single.length; i++) {
            single[i] = (byte) one.read();
        }
        assertEquals(-1, one.read());
        assertArrayEquals(blocks, single);
    }

    /** Counts nothing but lets transferTo answer the byte count. */
    private static final class OutputStreamCounter extends java.io.OutputStream {
        static final OutputStreamCounter INSTANCE = new OutputStreamCounter();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
