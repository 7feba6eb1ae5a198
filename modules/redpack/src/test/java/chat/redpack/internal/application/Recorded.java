package chat.redpack.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import chat.messaging.api.RedPackAnnouncements;
import chat.identity.api.UserEvents;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import jakarta.json.JsonObject;

/** What the use cases announced, queued and told, one line each; nothing reaches a database or a broker. */
final class Recorded {

    final List<String> lines = new ArrayList<>();
    final List<Collection<String>> toldTo = new ArrayList<>();
    final List<JsonObject> frames = new ArrayList<>();

    final RedPackAnnouncements announcements = (groupId, senderId, packetId, greeting) -> {
        lines.add("announced " + groupId + " by " + senderId + ": " + greeting);
        return lines.size();
    };

    final Outbox outbox = new Outbox() {
        @Override
        public void add(OutboxDestination destination, String key, String payload) {
            lines.add("queued " + destination.address() + " " + key + " " + payload);
        }
    };

    final UserEvents userEvents = new UserEvents() {
        @Override
        public void publish(Collection<String> recipients, JsonObject frame) {
            toldTo.add(List.copyOf(recipients));
            frames.add(frame);
            lines.add("told " + frame.getString("event"));
        }

        @Override
        public void publishNow(Collection<String> recipients, JsonObject frame, String exceptDeviceId) {
            throw new AssertionError("a claim must not be lost: told through the outbox, never at once");
        }
    };
}
