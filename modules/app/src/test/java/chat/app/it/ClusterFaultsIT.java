package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of a running cluster under a send storm ({@link ClusterStorm}): a node killed with SIGKILL,
 * a rolling restart of every node, and the active broker of the pair killed; and what the cluster
 * keeps through each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT extends ClusterSuite {

    /**
     * Node 2 is killed with SIGKILL in the middle of a send storm ({@link ClusterStorm}). In the end
     * every sender's every message is stored once, the conversation is gapless, invite codes kept
     * in the cache before the kill still work, and node 2 comes back and carries traffic again.
     */
    @Test
    @Order(1)
    void aNodeKilledMidStormLosesNoAcknowledgedMessageAndComesBack() throws Exception {
        ClusterStorm storm = newStorm();
        var owner = storm.owner;
        String gid = storm.gid;
        List<String> invites = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var invite = NODE[1 + i % NODES].post("/api/v1/groups/" + gid + "/invites", owner.token(), null);
            assertEquals(201, invite.status(), invite.raw());
            invites.add(invite.json().getString("code"));
        }

        storm.during(() -> {
            Thread.sleep(5_000);
            CLUSTER.kill(2);
        });
        storm.assertEveryAcknowledgedMessageStoredOnceAndGapless();
        assertFalse(storm.reconnected.isEmpty(), "no sender sat on the killed node: the test proved nothing");

        var joiners = users(invites.size());
        for (int i = 0; i < invites.size(); i++) {
            var accepted = NODE[1 + 2 * (i % 2)].post("/api/v1/invites/" + invites.get(i) + "/accept",
                    joiners.get(i).token(), null);
            assertEquals(200, accepted.status(), "invite " + i + " outlived the node that held one copy: " + accepted.raw());
        }

        CLUSTER.start(NODES);
        try (Ws onNode1 = Ws.connect(NODE[1], owner)) {
            assertEquals(201, NODE[2].post("/api/v1/groups/" + gid + "/messages", storm.senders.get(0).token(),
                    MessagesIT.text("after-restart", "node 2 is back")).status());
            onNode1.next(f -> "notify".equals(f.getString("type", "")) && gid.equals(f.getString("groupId")), 20);
        }
    }

    /**
     * {@code bin/chat-cluster restart} under a send storm: each node in turn drains (readiness DOWN,
     * its sockets closed with 1012), stops and starts again; no acknowledged message is lost and
     * the conversation ends gapless. Only the operator may drain a node.
     */
    @Test
    @Order(2)
    void aRollingRestartUnderAStormLosesNoAcknowledgedMessage() throws Exception {
        ClusterStorm storm = newStorm();
        var owner = storm.owner;
        assertEquals(401, NODE[1].post("/api/v1/admin/node/drain", null, null).status());
        assertEquals(401, NODE[1].post("/api/v1/admin/node/drain", owner.token(), null).status(), "a user token drains nothing");
        assertEquals(200, NODE[1].get("/health/ready", null).status(), "still in the rotation");
        Ws onNode1 = Ws.connect(NODE[1], owner);
        storm.during(CLUSTER::restart);
        assertEquals(1012, onNode1.closeCode(10), "node 1's clients were told to reconnect (service restart)");
        onNode1.close();
        storm.assertEveryAcknowledgedMessageStoredOnceAndGapless();
        for (int k = 1; k <= NODES; k++) {
            assertEquals(200, NODE[k].get("/health/ready", null).status(), "node " + k + " is back in the rotation");
        }
    }

    /**
     * The active broker of the replicated pair is killed with SIGKILL in a send storm: the nodes
     * fail over to the other broker, no acknowledged message is lost, the conversation ends
     * gapless, a message sent through one node still reaches a socket on another, and the killed
     * broker comes back as the new one's replica.
     */
    @Test
    @Order(3)
    void aBrokerKilledMidStormFailsOverToItsBackupAndLosesNoAcknowledgedMessage() throws Exception {
        ClusterStorm storm = newStorm();
        storm.during(() -> {
            Thread.sleep(5_000);
            CLUSTER.killBroker();
        });
        storm.assertEveryAcknowledgedMessageStoredOnceAndGapless();
        String gid = storm.gid;
        try (Ws onNode3 = Ws.connect(NODE[3], storm.owner)) {
            assertEquals(201, NODE[1].post("/api/v1/groups/" + gid + "/messages", storm.senders.get(0).token(),
                    MessagesIT.text("after-failover", "through the other broker")).status());
            onNode3.next(f -> "notify".equals(f.getString("type", "")) && gid.equals(f.getString("groupId")), 30);
        }
        CLUSTER.start(NODES);
        for (int k = 1; k <= NODES; k++) {
            assertEquals(200, NODE[k].get("/health/ready", null).status(), "node " + k);
        }
    }

    /** Six senders in a new group of their own, which a seventh owns. */
    private static ClusterStorm newStorm() {
        var people = users(7);
        var senders = people.subList(1, 7);
        return new ClusterStorm(FRONT, Arrays.asList(NODE).subList(1, NODES + 1), people.get(0), senders,
                group(people.get(0), senders, 100));
    }
}
