package chat.platform.faults;

/**
 * Thrown by a queue's handler for a message that can never succeed, however often it is retried
 * (it names a packet, a user or a conversation that does not exist): the message goes to the
 * dead-letter queue for an operator, instead of being retried.
 */
public class Undeliverable extends RuntimeException {

    public Undeliverable(String message) {
        super(message);
    }
}
