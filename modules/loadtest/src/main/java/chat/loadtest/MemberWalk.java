package chat.loadtest;

import java.util.Arrays;
import java.util.concurrent.TimeoutException;

/**
 * One pass through a group's member list: fetches pages one after another, following the
 * {@code next} cursor from the first page until it is null, and times each page. Stops with an
 * exception when the time limit passes mid-pass or the cursor stops moving, so a pass either
 * reaches the end or counts as an error.
 */
final class MemberWalk {

    /** Fetches the page after {@code after} (null: the first page). */
    @FunctionalInterface
    interface PageSource {
        GroupApi.MemberPage fetch(String after) throws Exception;
    }

    /** A finished pass: pages fetched (an empty last page included), members seen, each page's latency. */
    record Pass(int pages, long members, long[] pageNanos) {

        double[] pageMillis() {
            return Arrays.stream(pageNanos).mapToDouble(Units::toMillis).toArray();
        }
    }

    private MemberWalk() {
    }

    static Pass walk(PageSource source, Deadline deadline) throws Exception {
        long[] nanos = new long[64];
        int pages = 0;
        long members = 0;
        String after = null;
        do {
            if (deadline.expired()) {
                throw new TimeoutException("time limit reached after " + pages + " pages, " + members + " members");
            }
            long t0 = System.nanoTime();
            GroupApi.MemberPage page = source.fetch(after);
            if (pages == nanos.length) {
                nanos = Arrays.copyOf(nanos, pages * 2);
            }
            nanos[pages++] = System.nanoTime() - t0;
            members += page.items();
            if (page.next() != null && (page.items() == 0 || page.next().equals(after))) {
                throw new IllegalStateException("the cursor did not advance after " + pages + " pages: " + page.next());
            }
            after = page.next();
        } while (after != null);
        return new Pass(pages, members, Arrays.copyOf(nanos, pages));
    }
}
