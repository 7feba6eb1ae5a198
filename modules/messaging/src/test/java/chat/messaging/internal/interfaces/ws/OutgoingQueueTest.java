package chat.messaging.internal.interfaces.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutgoingQueueTest {

    @Test
    void theFirstFrameStartsTheWriterAndLaterOnesWaitInOrder() {
        OutgoingQueue queue = new OutgoingQueue(10, 1_000);
        assertEquals(OutgoingQueue.Offer.START, queue.offer("a"));
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer("b"));
        assertEquals("a", queue.next());
        assertEquals("b", queue.next());
        assertNull(queue.next());
        assertEquals(OutgoingQueue.Offer.START, queue.offer("c"), "the writer stopped, so the next frame restarts it");
    }

    @Test
    void framesPastTheSizeBoundOverflowEvenWhenFewInNumber() {
        OutgoingQueue queue = new OutgoingQueue(1_000, 100);
        assertEquals(OutgoingQueue.Offer.START, queue.offer("x".repeat(60)));
        assertEquals("x".repeat(60), queue.next());
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer("y".repeat(40)), "60 being written + 40 is the bound");
        assertEquals(OutgoingQueue.Offer.OVERFLOW, queue.offer("z"));
        assertEquals(0, queue.size());
    }

    @Test
    void aLoneFrameLargerThanTheBoundStillLeaves() {
        OutgoingQueue queue = new OutgoingQueue(1_000, 100);
        assertEquals(OutgoingQueue.Offer.START, queue.offer("p".repeat(5_000)));
        assertEquals(5_000, queue.chars());
        queue.next();
        assertEquals(OutgoingQueue.Offer.OVERFLOW, queue.offer("q"), "nothing more while the large one is written");
    }

    @Test
    void tooManyFramesOverflowAndAfterThatEverythingIsDropped() {
        OutgoingQueue queue = new OutgoingQueue(2, 1_000);
        queue.offer("1");
        queue.offer("2");
        assertEquals(OutgoingQueue.Offer.OVERFLOW, queue.offer("3"));
        assertEquals(OutgoingQueue.Offer.DROPPED, queue.offer("4"));
    }

    @Test
    void writtenFramesNoLongerCount() {
        OutgoingQueue queue = new OutgoingQueue(1_000, 100);
        queue.offer("x".repeat(90));
        queue.next();
        assertNull(queue.next());
        assertEquals(0, queue.chars());
        assertEquals(OutgoingQueue.Offer.START, queue.offer("y".repeat(90)));
    }
}
