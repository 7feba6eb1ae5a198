package chat.platform.broker;

import java.util.function.Consumer;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

/**
 * The node's message broker, as the platform needs it beyond the JMS API: started once, asked
 * whether it answers, and asked what a refusal or a lost connection means. The runtime module
 * implements it on ActiveMQ Artemis ({@code chat.platform.runtime.ArtemisBroker}), which also
 * produces the {@link jakarta.jms.ConnectionFactory} everything sends and receives through.
 */
public interface ChatBroker {

    /** Starts the embedded broker, or connects to the shared one; called once at application start. */
    void start() throws Exception;

    /** True while the broker answers (the readiness check). */
    boolean isReachable();

    /**
     * Tells {@code connected} false when the connection loses the broker and true when it has
     * reconnected, its sessions and consumers with it.
     */
    void watch(Connection connection, Consumer<Boolean> connected) throws JMSException;

    /**
     * True when the broker rolled a transaction back because a message in it carried a
     * duplicate-detection id it had already accepted: for an outbox row, "already published".
     */
    boolean isDuplicateRefusal(Throwable refusal);
}
