package chat.platform.lifecycle;

/**
 * How many client connections this node holds, for the operator's system view; the WebSocket
 * gateway answers it.
 */
public interface NodeConnections {

    int open();
}
