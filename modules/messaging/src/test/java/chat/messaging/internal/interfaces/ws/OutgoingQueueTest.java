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
        assertEquals("a", queue.next().text());
        assertEquals("b", queue.next().text());
        assertNull(queue.next());
        assertEquals(OutgoingQueue.Offer.START, queue.offer("c"), "the writer stopped, so the next frame restarts it");
    }

    @Test
    void framesPastTheSizeBoundOverflowEvenWhenFewInNumber() {
        OutgoingQueue queue = new OutgoingQueue(1_000, 100);
        assertEquals(OutgoingQueue.Offer.START, queue.offer("x".repeat(60)));
        assertEquals("x".repeat(60), queue.next().text());
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

    private static NotifyRun run(NotifyFeed feed, long from, long to) {
        return new NotifyRun(feed, from, to);
    }

    private static NotifyFeed feed(String id, int messages) {
        NotifyFeed feed = new NotifyFeed(id);
        for (long seq = 1; seq <= messages; seq++) {
            feed.append(seq, "{\"seq\":" + seq + "}");
        }
        return feed;
    }

    @Test
    void aQueuedNotifyIsCountedAsTheTextItWasQueuedWithEvenIfTheFeedMovesOn() {
        OutgoingQueue queue = new OutgoingQueue(10, 100_000);
        NotifyFeed feed = feed("g", 3);
        queue.offer("busy");
        queue.offer(run(feed, 1, 3));
        assertEquals("busy", queue.next().text()); // the run is queued now, with its messages
        for (long seq = 4; seq <= NotifyFeed.KEPT + 3; seq++) {
            feed.append(seq, "{\"seq\":" + seq + "}"); // 1..3 leave the feed
        }
        queue.next();
        assertNull(queue.next());
        assertEquals(0, queue.chars(), "nothing left counted once the queue drained");
    }

    @Test
    void aNotifyToAnIdleConnectionLeavesAtOnce() {
        OutgoingQueue queue = new OutgoingQueue(10, 1_000);
        NotifyFeed feed = feed("g", 1);
        assertEquals(OutgoingQueue.Offer.START, queue.offer(run(feed, 1, 1)));
        assertEquals(feed.frame(1, 1), queue.next().text());
    }

    @Test
    void notifiesOfferedWhileBusyLeaveAsOneFramePerConversationOnceTheQueueDrains() {
        OutgoingQueue queue = new OutgoingQueue(10, 10_000);
        NotifyFeed g = feed("g", 4);
        NotifyFeed h = feed("h", 1);
        assertEquals(OutgoingQueue.Offer.START, queue.offer(run(g, 1, 1)));
        assertEquals(g.frame(1, 1), queue.next().text());
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer(run(g, 2, 2)));
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer(run(h, 1, 1)));
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer("pull answer"));
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer(run(g, 3, 4)));
        assertEquals("pull answer", queue.next().text(), "frames already queued go first");
        assertEquals(g.frame(2, 4), queue.next().text(), "g's three notifies merged, in the order g came");
        assertEquals(h.frame(1, 1), queue.next().text());
        assertNull(queue.next());
        assertEquals(OutgoingQueue.Offer.START, queue.offer(run(g, 4, 4)), "idle again: at once");
    }

    @Test
    void aRecallDoesNotOvertakeTheHeldNotifyOfItsConversation() {
        OutgoingQueue queue = new OutgoingQueue(10, 10_000);
        NotifyFeed g = feed("g", 2);
        queue.offer("busy");
        queue.next();
        queue.offer(run(g, 2, 2));
        assertEquals(OutgoingQueue.Offer.QUEUED, queue.offer("g", "recall of 2"));
        assertEquals(g.frame(2, 2), queue.next().text());
        assertEquals("recall of 2", queue.next().text());
        assertNull(queue.next());
    }

    @Test
    void nothingHeldSurvivesAnOverflowOrAClear() {
        OutgoingQueue queue = new OutgoingQueue(1, 10_000);
        NotifyFeed g = feed("g", 2);
        queue.offer("a");
        queue.next();
        queue.offer(run(g, 1, 1));
        queue.offer("b");
        assertEquals(OutgoingQueue.Offer.OVERFLOW, queue.offer("c"));
        assertEquals(OutgoingQueue.Offer.DROPPED, queue.offer(run(g, 2, 2)));
        OutgoingQueue cleared = new OutgoingQueue(10, 10_000);
        cleared.offer("a");
        cleared.offer(run(g, 1, 1));
        cleared.clear();
        assertNull(cleared.next());
    }
}
