package chat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import chat.platform.errors.TooLargeException;

class LimitedInputStreamTest {

    private static InputStream limited(int size, long limit) {
        return new LimitedInputStream(new ByteArrayInputStream(new byte[size]), limit, "too large");
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertEquals(100, limited(100, 100).readAllBytes().length);
        assertArrayEquals(new byte[0], limited(0, 100).readAllBytes());
    }

    @Test
    void readingPastTheLimitIs413() {
        var refused = assertThrows(TooLargeException.class, () -> limited(101, 100).readAllBytes());
        assertEquals(413, refused.status());
        assertThrows(TooLargeException.class, () -> {
            InputStream in = limited(3, 2);
            in.read();
            in.read();
            in.read();
        });
        assertThrows(TooLargeException.class, () -> limited(10, 2).skip(5));
    }

    @Test
    void aDeclaredLengthIsReadAsANumberAndAnAbsurdOneAsTooLarge() {
        assertEquals(-1, BodySizeLimit.declaredLength(null));
        assertEquals(-1, BodySizeLimit.declaredLength("abc"));
        assertEquals(1_048_577, BodySizeLimit.declaredLength(" 1048577 "));
        assertEquals(Long.MAX_VALUE, BodySizeLimit.declaredLength("99999999999999999999999"));
    }
}
