package chat.app.it;

import static chat.app.it.MessagesIT.messages;
import static chat.app.it.MessagesIT.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** Sends at once: dense seqs in each sender's order, one message per clientMsgId, and a bad send failing alone. */
class ConcurrentSendsIT extends ServerIT {

    @Test
    void threeSendersAtOnceGetDenseSeqsInTheirOwnOrder() throws Exception {
        var owner = api.newUser();
        List<Api.TestUser> senders = api.botUsers(3);
        String gid = api.groupOf(owner, senders, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (Api.TestUser sender : senders) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 100; i++) {
                    var a = api.post(messages(gid), sender.token(), text(sender.id() + "-" + i, "n" + i));
                    assertEquals(201, a.status(), a.raw());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<JsonObject> all = new ArrayList<>();
        long after = 0;
        boolean more = true;
        while (more) {
            var page = api.get(messages(gid) + "?after=" + after + "&limit=200", owner.token()).json();
            page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            more = page.getBoolean("hasMore");
            after = all.get(all.size() - 1).getJsonNumber("seq").longValue();
        }
        assertEquals(300, all.size());
        Map<String, Integer> lastOfSender = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).getInt("seq"), "no gap and no repeat");
            int n = Integer.parseInt(all.get(i).getString("text").substring(1));
            Integer previous = lastOfSender.put(all.get(i).getString("senderId"), n);
            assertTrue(previous == null || previous == n - 1, "each sender's messages in the order sent");
        }
        var page = api.get(messages(gid) + "?before=101&limit=10", senders.get(0).token()).json();
        assertEquals(91, page.getJsonArray("items").getJsonObject(0).getInt("seq"));
        assertEquals(100, page.getJsonArray("items").getJsonObject(9).getInt("seq"));
        assertTrue(page.getBoolean("hasMore"));
        var range = api.get(messages(gid) + "?after=10&until=12", owner.token()).json().getJsonArray("items");
        assertEquals(2, range.size());
    }

    /**
     * Sends stored together in one batch (group commit) fail one by one: a clientMsgId sent into two
     * conversations at once, among many good sends, fails only one of the two, and every other send
     * is stored once with dense seqs.
     */
    @Test
    void aBadSendAmongManyAtOnceFailsAloneAndTheOthersAreStored() throws Exception {
        List<Api.TestUser> senders = api.botUsers(8);
        Api.TestUser twiceSender = senders.get(0);
        var owner = api.newUser();
        String first = api.groupOf(owner, senders, null);
        String second = api.groupOf(api.newUser(), senders, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Answer>> good = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int s = 0; s < senders.size(); s++) {
                Api.TestUser sender = senders.get(s);
                String gid = s % 2 == 0 ? first : second;
                String id = "r" + round + "-" + s;
                good.add(pool.submit(() -> {
                    start.await();
                    return api.post(messages(gid), sender.token(), text(id, id));
                }));
            }
        }
        List<Future<Api.Answer>> twice = new ArrayList<>();
        for (String gid : List.of(first, second)) {
            twice.add(pool.submit(() -> {
                start.await();
                return api.post(messages(gid), twiceSender.token(), text("twice", "in two conversations"));
            }));
        }
        start.countDown();
        for (var answer : good) {
            assertEquals(201, answer.get().status(), answer.get().raw());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : twice) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(201, 409), statuses, "one of the two is stored, the other refused");
        long stored = 0;
        for (String gid : List.of(first, second)) {
            var items = api.get(messages(gid) + "?limit=200", twiceSender.token()).json().getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i + 1, items.getJsonObject(i).getInt("seq"), "no gap and no repeat in " + gid);
            }
            stored += items.stream().filter(v -> !"SYSTEM".equals(v.asJsonObject().getString("type"))).count();
        }
        assertEquals(good.size() + 1, stored);
    }

    @Test
    void theSameClientMsgIdFiveTimesAtOnceIsOneMessage() throws Exception {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(), null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(messages(gid), ann.token(), text("same", "once"));
            }));
        }
        start.countDown();
        int created = 0;
        for (var a : answers) {
            Api.Answer answer = a.get();
            assertEquals(1, answer.json().getInt("seq"), answer.raw());
            created += answer.status() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, api.get(messages(gid), ann.token()).json().getJsonArray("items").size());
    }
}
