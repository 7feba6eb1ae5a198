package chat.media.internal.interfaces;

/**
 * One HTTP byte range ({@code bytes=first-last}, {@code bytes=first-}, {@code bytes=-suffix}) of a
 * file of {@code size} bytes; a missing or multi-range header means the whole file.
 */
record ByteRange(long first, long last, boolean partial) {

    long length() {
        return last - first + 1;
    }

    /** The range to send, or null when the header asks for bytes the file does not have (416). */
    static ByteRange parse(String header, long size) {
        ByteRange whole = new ByteRange(0, size - 1, false);
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return whole;
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return whole;
        }
        try {
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                return suffix <= 0 ? null : new ByteRange(Math.max(0, size - suffix), size - 1, true);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            return first >= size || last < first ? null : new ByteRange(first, last, true);
        } catch (NumberFormatException e) {
            return whole;
        }
    }
}
