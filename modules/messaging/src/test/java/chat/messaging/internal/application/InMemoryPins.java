package chat.messaging.internal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.PinRepository;

/** Pins in pin order, per conversation. */
class InMemoryPins implements PinRepository {

    private final Map<String, LinkedHashMap<Long, String>> pins = new LinkedHashMap<>();
    private final InMemoryMessages messages;

    InMemoryPins(InMemoryMessages messages) {
        this.messages = messages;
    }

    @Override
    public boolean pin(String groupId, long seq, String byUserId) {
        var of = pins.computeIfAbsent(groupId, g -> new LinkedHashMap<>());
        if (!of.containsKey(seq) && of.size() >= MAX_PINS) {
            return false;
        }
        of.putIfAbsent(seq, byUserId);
        return true;
    }

    @Override
    public boolean unpin(String groupId, long seq) {
        return pins.getOrDefault(groupId, new LinkedHashMap<>()).remove(seq) != null;
    }

    @Override
    public List<Message> pinned(String groupId, String viewerId) {
        List<Message> newestFirst = new ArrayList<>();
        pins.getOrDefault(groupId, new LinkedHashMap<>()).keySet().forEach(seq -> messages.find(groupId, seq)
                .filter(m -> !m.recalled()).ifPresent(m -> newestFirst.add(0, m)));
        return newestFirst;
    }
}
