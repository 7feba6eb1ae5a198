package chat.platform.runtime;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;

import jakarta.jms.JMSException;

/** Reads why Artemis refused a send. */
final class BrokerRefusals {

    private BrokerRefusals() {
    }

    /**
     * True when the broker rolled the transaction back because a message in it carried a
     * duplicate-detection id it had already accepted: for an outbox row, "already published".
     */
    static boolean isDuplicate(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = next(t)) {
            if (t instanceof ActiveMQException amq && amq.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof JMSException jms && jms.getLinkedException() != null && jms.getLinkedException() != t.getCause()) {
            return jms.getLinkedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
