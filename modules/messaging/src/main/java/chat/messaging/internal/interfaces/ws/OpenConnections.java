package chat.messaging.internal.interfaces.ws;

import chat.platform.lifecycle.NodeConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** This node's open WebSocket connections, for the operator's system view. */
@ApplicationScoped
class OpenConnections implements NodeConnections {

    @Inject
    SessionRegistry registry;

    @Override
    public int open() {
        return registry.count();
    }
}
