package chat.redpack.internal.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;

/** The shared cache's counter of remaining shares and its granted markers, in one map. */
class SharedGrabs implements Grabs {

    private final Map<String, Integer> remaining = new HashMap<>();
    private final Set<String> granted = new HashSet<>();

    void grant(String packetId, String userId) {
        granted.add(packetId + "|" + userId);
    }

    @Override
    public Outcome grab(Packet packet, String userId) {
        if (granted.contains(packet.id() + "|" + userId)) {
            return Outcome.ALREADY_GRABBED;
        }
        int left = remaining.computeIfAbsent(packet.id(), id -> packet.remainingCount());
        if (left == 0) {
            return Outcome.SOLD_OUT;
        }
        remaining.put(packet.id(), left - 1);
        grant(packet.id(), userId);
        return Outcome.GRANTED;
    }

    @Override
    public boolean granted(String packetId, String userId) {
        return granted.contains(packetId + "|" + userId);
    }
}
