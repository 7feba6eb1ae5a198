package chat.loadtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadWalkTest {

    @Test
    void readsEachSeqFromTheCursorToTheLastOneFrameAtATime() {
        ReadWalk walk = new ReadWalk(2, 4);
        assertEquals(3, walk.next(100));
        assertEquals(-1, walk.next(110)); // the first still awaits its answer
        assertTrue(walk.waiting());
        walk.answered(3, 130);
        assertEquals(4, walk.next(130));
        walk.answered(4, 170);
        assertTrue(walk.reachedLast());
        assertEquals(-1, walk.next(170));
        assertEquals(2, walk.answers());
        assertEquals(2, walk.moved());
        assertArrayEquals(new long[] {30, 40}, walk.latencies());
        assertEquals(170, walk.lastAnswerNanos());
    }

    @Test
    void anAnswerWithAnotherCursorDidNotMoveIt() {
        ReadWalk walk = new ReadWalk(0, 10);
        walk.next(0);
        walk.answered(7, 5); // the cursor stood further already
        assertEquals(1, walk.answers());
        assertEquals(0, walk.moved());
    }

    @Test
    void errorsAndStrayAnswersAreCountedApart() {
        ReadWalk walk = new ReadWalk(0, 10);
        walk.answered(1, 0);
        assertEquals(1, walk.unexpected());
        assertEquals(1, walk.next(0));
        walk.failed(9);
        assertFalse(walk.waiting());
        assertEquals(1, walk.errors());
        assertEquals(0, walk.answers());
        assertEquals(9, walk.lastAnswerNanos());
        assertEquals(2, walk.next(9)); // an error does not stop the walk
    }

    @Test
    void aReaderAtTheLastSeqHasNothingToRead() {
        ReadWalk walk = new ReadWalk(5, 5);
        assertTrue(walk.reachedLast());
        assertEquals(-1, walk.next(0));
    }
}
