package chat.messaging.internal.interfaces.ws;

import java.util.List;
import java.util.logging.Logger;

import chat.platform.lifecycle.NodeDraining;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * When this node drains, every connection it holds is closed with 1012 (service restart): clients
 * reconnect at once, through the front door, to a node that stays. A send whose ack the close cut
 * off is sent again with its clientMsgId and stored once.
 */
@ApplicationScoped
class DrainedSockets {

    static final String RECONNECT = "this node is restarting: reconnect";
    private static final Logger LOG = Logger.getLogger(DrainedSockets.class.getName());

    @Inject
    SessionRegistry registry;

    void drain(@Observes NodeDraining draining) {
        List<Connection> connections = registry.all();
        connections.forEach(c -> c.close(CloseReason.CloseCodes.SERVICE_RESTART, RECONNECT));
        LOG.info(() -> "closed " + connections.size() + " connection(s) for the drain");
    }
}
