package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/**
 * Senders send one message every 600 ms (inside the rate limit) and wait for each ack, until a
 * disruption is over and five more went out each. Their first sockets open before the disruption
 * begins, spread over the nodes in turn, as clients that came through the front door earlier are
 * (so every node surely holds some, whatever the front door's last health checks said); a sender
 * whose socket dies, or whose ack does not come, reconnects through the front door and sends the
 * same clientMsgId again.
 */
final class ClusterStorm {

    private final Api front;
    private final List<Api> nodes;
    final Api.TestUser owner;
    final List<Api.TestUser> senders;
    final String gid;
    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    final Set<String> reconnected = ConcurrentHashMap.newKeySet();
    private volatile boolean disruptionOver;

    ClusterStorm(Api front, List<Api> nodes, Api.TestUser owner, List<Api.TestUser> senders, String gid) {
        this.front = front;
        this.nodes = List.copyOf(nodes);
        this.owner = owner;
        this.senders = senders;
        this.gid = gid;
    }

    interface Disruption {
        void run() throws Exception;
    }

    void during(Disruption disruption) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        try {
            List<Ws> sockets = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                sockets.add(Ws.connect(nodes.get(i % nodes.size()), senders.get(i)));
            }
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                var sender = senders.get(i);
                Ws socket = sockets.get(i);
                done.add(pool.submit(() -> {
                    send(sender, socket);
                    return null;
                }));
            }
            try {
                disruption.run();
            } finally {
                disruptionOver = true;
            }
            for (var task : done) {
                task.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(Api.TestUser sender, Ws firstSocket) throws InterruptedException {
        Ws socket = firstSocket;
        try {
            int afterDisruption = 0;
            for (int i = 1; afterDisruption < 5; i++) {
                String id = sender.username() + "-" + i;
                while (!acked.containsKey(id)) {
                    try {
                        socket.send(ClusterSuite.sendFrame(gid, id, "storm " + i));
                        var ack = socket.next(f -> "ack".equals(f.getString("type", ""))
                                && id.equals(f.getString("clientMsgId", "")), 5);
                        acked.put(id, (long) ack.getInt("seq"));
                    } catch (RuntimeException | AssertionError lost) {
                        socket.close();
                        reconnected.add(sender.id());
                        socket = connectThroughFront(sender);
                    }
                }
                if (disruptionOver) {
                    afterDisruption++;
                }
                Thread.sleep(600);
            }
        } finally {
            socket.close();
        }
    }

    void assertEveryAcknowledgedMessageStoredOnceAndGapless() {
        int total = acked.size();
        assertEquals(total, new HashSet<>(acked.values()).size(), "every acknowledged message has a seq of its own");
        Map<Long, String> history = new HashMap<>();
        for (long after = 0; ; ) {
            var page = front.get("/api/v1/groups/" + gid + "/messages?after=" + after + "&limit=200", owner.token());
            assertEquals(200, page.status(), page.raw());
            var items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            for (var item : items) {
                assertEquals(after + 1, item.getJsonNumber("seq").longValue(), "gapless");
                after = item.getJsonNumber("seq").longValue();
                history.put(after, item.getString("clientMsgId"));
            }
        }
        assertEquals(total, history.size(), "every message stored once, and only the acknowledged ones");
        acked.forEach((id, seq) -> assertEquals(id, history.get(seq), "the acknowledged seq holds the message"));
    }

    /** A socket through the front door, retried while the front door has not yet seen a node die. */
    private Ws connectThroughFront(Api.TestUser user) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                var ticket = front.post("/api/v1/ws-tickets", user.token(), null);
                if (ticket.status() == 201) {
                    return Ws.open(front.base(), ticket.json().getString("ticket"));
                }
            } catch (RuntimeException | AssertionError e) {
                last = e instanceof RuntimeException r ? r : new RuntimeException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no socket through the front door after 30 attempts", last);
    }
}
