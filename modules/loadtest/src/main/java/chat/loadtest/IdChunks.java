package chat.loadtest;

import java.util.ArrayList;
import java.util.List;

/** Splits a list of ids into consecutive chunks of at most a given size, in order, for calls with a per-call limit. */
final class IdChunks {

    private IdChunks() {
    }

    /** Views of {@code ids}: every chunk but the last holds exactly {@code size} ids; no ids, no chunks. */
    static <T> List<List<T>> of(List<T> ids, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a chunk holds at least one id: " + size);
        }
        List<List<T>> chunks = new ArrayList<>((ids.size() + size - 1) / size);
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }
}
