package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class MemberWalkTest {

    private static final Deadline LATER = Deadline.after(Duration.ofMinutes(1));

    /** Like the server: ids in order, {@code next} = the last id of a full page, null after a short page. */
    private static MemberWalk.PageSource group(int members, int limit, List<String> afters) {
        return after -> {
            afters.add(after);
            int from = after == null ? 0 : Integer.parseInt(after) + 1;
            int items = Math.max(0, Math.min(limit, members - from));
            return new GroupApi.MemberPage(items, items == limit ? String.valueOf(from + items - 1) : null);
        };
    }

    @Test
    void followsTheCursorToAShortLastPage() throws Exception {
        List<String> afters = new ArrayList<>();
        MemberWalk.Pass pass = MemberWalk.walk(group(450, 200, afters), LATER);
        assertEquals(3, pass.pages());
        assertEquals(450, pass.members());
        assertEquals(3, pass.pageMillis().length);
        assertEquals(Arrays.asList(null, "199", "399"), afters);
    }

    @Test
    void anExactMultipleEndsWithAnEmptyPage() throws Exception {
        MemberWalk.Pass pass = MemberWalk.walk(group(100_000, 200, new ArrayList<>()), LATER);
        assertEquals(501, pass.pages());
        assertEquals(100_000, pass.members());
    }

    @Test
    void aSmallGroupIsOnePage() throws Exception {
        MemberWalk.Pass pass = MemberWalk.walk(group(2, 200, new ArrayList<>()), LATER);
        assertEquals(1, pass.pages());
        assertEquals(2, pass.members());
    }

    @Test
    void aCursorThatDoesNotMoveStopsThePass() {
        assertThrows(IllegalStateException.class,
                () -> MemberWalk.walk(after -> new GroupApi.MemberPage(200, "same"), LATER));
        assertThrows(IllegalStateException.class,
                () -> MemberWalk.walk(after -> new GroupApi.MemberPage(0, "x" + after), LATER));
    }

    @Test
    void thePassStopsAtTheTimeLimit() {
        Deadline passed = Deadline.after(Duration.ZERO);
        assertThrows(TimeoutException.class, () -> MemberWalk.walk(group(450, 200, new ArrayList<>()), passed));
    }
}
