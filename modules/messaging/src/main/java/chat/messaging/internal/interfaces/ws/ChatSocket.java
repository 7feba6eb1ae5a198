package chat.messaging.internal.interfaces.ws;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import chat.identity.api.DeviceIdentity;
import chat.identity.api.Presence;
import chat.identity.api.TicketHolder;
import chat.identity.api.WsTickets;
import chat.platform.errors.ErrorCode;
import com.google.protobuf.InvalidProtocolBufferException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code GET /ws?ticket=...}: a device's live connection. The one-time ticket decides whose it is;
 * without a valid one the socket closes at once with 1008, and so it does when the token that asked
 * for the ticket is logged out, whenever that happens. Frames from one connection are
 * handled in the order they came. The subprotocol the client asked for first among
 * {@value Connection#PROTO} and {@value Connection#JSON} decides the encoding both ways: binary
 * Protocol Buffers frames ({@link ProtoFrames}) or JSON text frames (also without a subprotocol); a
 * frame of the other kind gets an error frame and the connection stays open. A CDI bean (one per
 * connection) so its collaborators are injected.
 */
@ServerEndpoint(value = "/ws", subprotocols = {Connection.PROTO, Connection.JSON})
@Dependent
public class ChatSocket {

    private static final Logger LOG = Logger.getLogger(ChatSocket.class.getName());
    private static final String CONNECTION = "chat.connection";
    private static final String SESSION = "chat.session";

    @Inject
    WsTickets tickets;

    @Inject
    Presence presence;

    @Inject
    SessionRegistry registry;

    @Inject
    Departures departures;

    @Inject
    FrameHandler frames;

    @Inject
    ConversationIndex index;

    @Inject
    SessionSockets sessions;

    @OnOpen
    public void open(Session session) {
        List<String> ticket = session.getRequestParameterMap().get("ticket");
        Optional<TicketHolder> holder = ticket == null || ticket.size() != 1 ? Optional.empty()
                : tickets.redeem(ticket.get(0));
        if (holder.isEmpty()) {
            refuse(session, "unknown, used or expired ticket");
            return;
        }
        DeviceIdentity device = holder.get().device();
        String sessionId = holder.get().sessionId();
        Connection connection = new Connection(session, device, Connection.PROTO.equals(session.getNegotiatedSubprotocol()));
        session.getUserProperties().put(CONNECTION, connection);
        session.getUserProperties().put(SESSION, sessionId);
        sessions.opened(sessionId, connection);
        if (tickets.ended(device.userId(), sessionId)) {
            // logged out (or disabled) before the line above: its session end may have passed already
            sessions.closed(sessionId, connection);
            session.getUserProperties().remove(CONNECTION);
            refuse(session, SessionSockets.LOGGED_OUT);
            return;
        }
        registry.add(connection);
        index.connected(connection);
        presence.connected(device);
        LOG.fine(() -> "connected " + device);
    }

    private static void refuse(Session session, String why) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
        } catch (IOException e) {
            LOG.fine(() -> "closing a refused connection: " + e);
        }
    }

    /**
     * A frame past {@link FrameHandler#MAX_FRAME_BYTES} is refused by the container: Liberty
     * closes the connection with 1009 (message too big), though only once it has read the frame's
     * payload. It checks single unfragmented frames only, so the fragments of a message are
     * gathered here, one at a time, and a message that passes the bound is closed with 1009 too.
     */
    @OnMessage(maxMessageSize = FrameHandler.MAX_FRAME_BYTES)
    public void message(Session session, String fragment, boolean last) {
        Connection connection = (Connection) session.getUserProperties().get(CONNECTION);
        if (connection == null) {
            return;
        }
        String text;
        try {
            text = connection.incoming().add(fragment, last);
        } catch (FrameAssembler.TooLarge e) {
            connection.close(CloseReason.CloseCodes.TOO_BIG, e.getMessage());
            return;
        }
        if (text == null) {
            return;
        }
        if (connection.binary()) {
            connection.send(FrameHandler.error(null, ErrorCode.BAD_REQUEST,
                    "this connection speaks " + Connection.PROTO + ": send binary frames"));
            return;
        }
        frames.handle(connection, text);
    }

    /** A binary frame: one Frame of chat.proto, on a connection that asked for {@value Connection#PROTO}. */
    @OnMessage(maxMessageSize = FrameHandler.MAX_FRAME_BYTES)
    public void binary(Session session, byte[] frame) {
        Connection connection = (Connection) session.getUserProperties().get(CONNECTION);
        if (connection == null) {
            return;
        }
        if (!connection.binary()) {
            connection.send(FrameHandler.error(null, ErrorCode.BAD_REQUEST,
                    "binary frames need the subprotocol " + Connection.PROTO + "; this connection speaks JSON text"));
            return;
        }
        String text;
        try {
            text = ProtoFrames.decode(frame);
        } catch (InvalidProtocolBufferException e) {
            connection.send(FrameHandler.error(null, ErrorCode.BAD_REQUEST, "a binary frame is one Frame of chat.proto"));
            return;
        }
        frames.handle(connection, text);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        Connection connection = (Connection) session.getUserProperties().remove(CONNECTION);
        if (connection != null) {
            sessions.closed((String) session.getUserProperties().get(SESSION), connection);
            registry.remove(connection);
            index.closed(connection);
            departures.departed(connection.device());
            LOG.fine(() -> "disconnected " + connection.device() + ": " + reason);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.fine(() -> "connection " + session.getId() + " failed: " + error);
    }
}
