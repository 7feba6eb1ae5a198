package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import jakarta.json.Json;

/**
 * A cluster of three nodes started by {@code bin/chat-cluster} for one test class and stopped after
 * it, sharing PostgreSQL, a replicated Artemis pair and an Infinispan cluster; and what its tests
 * make through it: users and groups by the operator API, sends over a socket.
 */
abstract class ClusterSuite {

    static final int NODES = 3;
    static final int RATE_LIMIT = 20;
    static final Cluster CLUSTER = new Cluster(Map.of(
            "CHAT_PASSWORD_ITERATIONS", "10000",
            "CHAT_WALLET_TOPUPS", "true",
            "CHAT_WS_TICKET_TTL_SECONDS", "30",
            "CHAT_MESSAGES_RATE_LIMIT", String.valueOf(RATE_LIMIT),
            "CHAT_MESSAGES_RATE_WINDOW_SECONDS", "10",
            "CHAT_REDPACK_TTL_SECONDS", "600"));

    static final Api[] NODE = new Api[NODES + 1];
    static final Api FRONT = new Api(Cluster.front());

    @BeforeAll
    static void startTheCluster() throws Exception {
        CLUSTER.stop();
        CLUSTER.dropDatabase();
        CLUSTER.start(NODES);
        for (int k = 1; k <= NODES; k++) {
            NODE[k] = new Api(Cluster.node(k));
        }
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        CLUSTER.stop();
    }

    static String sendFrame(String gid, String clientMsgId, String text) {
        return "{\"type\":\"send\",\"clientMsgId\":\"" + clientMsgId + "\",\"groupId\":\"" + gid
                + "\",\"msgType\":\"TEXT\",\"text\":\"" + text + "\"}";
    }

    /** Users made by the operator through node 1, each with a token. */
    static List<Api.TestUser> users(int count) {
        return NODE[1].botUsers(count);
    }

    /** A group the operator makes through node 1 (no contacts needed); answers its id. */
    static String group(Api.TestUser owner, List<Api.TestUser> members, int cap) {
        var ids = Json.createArrayBuilder();
        members.forEach(m -> ids.add(m.id()));
        var made = NODE[1].admin("/api/v1/admin/groups", Json.createObjectBuilder().add("name", "Cluster team")
                .add("ownerId", owner.id()).add("memberIds", ids).add("maxMembers", cap).build(), Api.ADMIN_KEY);
        assertEquals(201, made.status(), made.raw());
        return made.json().getString("id");
    }
}
