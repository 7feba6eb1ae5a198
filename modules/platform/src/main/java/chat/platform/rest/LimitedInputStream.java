package chat.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import chat.platform.errors.TooLargeException;

/**
 * A body counted as it is read: past the limit, reading throws 413 {@code TOO_LARGE} instead of
 * handing the parser more. For bodies without a {@code Content-Length} (chunked).
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String message;
    private long count;

    LimitedInputStream(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** No mark and reset: a reset would let bytes be read twice but counted once. */
    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long bytes) {
        count += bytes;
        if (count > limit) {
            throw new TooLargeException(message);
        }
    }
}
