package chat.platform.outbox;

/**
 * An Artemis address and how it routes: a topic reaches every subscriber (every node), a queue
 * reaches one consumer and keeps messages until one takes them.
 */
public record OutboxDestination(boolean topic, String address) {

    public static OutboxDestination topic(String address) {
        return new OutboxDestination(true, address);
    }

    public static OutboxDestination queue(String address) {
        return new OutboxDestination(false, address);
    }

    static OutboxDestination decode(String encoded) {
        int colon = encoded.indexOf(':');
        return new OutboxDestination(encoded.startsWith("topic:"), encoded.substring(colon + 1));
    }

    String encoded() {
        return (topic ? "topic:" : "queue:") + address;
    }
}
