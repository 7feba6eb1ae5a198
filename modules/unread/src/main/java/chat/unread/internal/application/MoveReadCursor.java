package chat.unread.internal.application;

import java.util.List;

import chat.groups.api.ConversationDirectory;
import chat.messaging.api.MessageStored;
import chat.messaging.api.MessagesStored;
import chat.platform.errors.NotFoundException;
import chat.identity.api.UserEvents;
import chat.platform.rest.Caller;
import chat.unread.internal.domain.CursorMove;
import chat.unread.internal.domain.CursorMoves;
import chat.unread.internal.domain.ReadCursor;
import chat.unread.internal.domain.UnreadCount;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.json.JsonObject;

/**
 * Moves a member's read cursor: when they read ({@code PUT .../read} or a {@code read} frame) and
 * when they send (a sender has read up to its own message). The user's other devices hear of
 * every move as a {@code conversation.read} event, so a badge cleared on the phone clears on the
 * desktop, and in a small conversation the other members hear of a read as a {@code receipt} (not of
 * a send: the send path stays as cheap as it was, and a client that shows a conversation reads it).
 */
@ApplicationScoped
public class MoveReadCursor {

    @Inject
    ConversationDirectory directory;

    @Inject
    LastSeqView lastSeqs;

    @Inject
    CursorMoves cursors;

    @Inject
    UserEvents userEvents;

    @Inject
    ReceiptNotices receipts;

    @Resource
    ManagedExecutorService executor;

    /**
     * Reads up to {@code seq} (clamped to the last message); answers the {@code conversation.read}
     * event with the cursor as it now stands, which never moved back.
     */
    public JsonObject read(Caller caller, String groupId, long seq) {
        ReadCursor.requireValid(seq);
        if (directory.membership(groupId, caller.userId()).isEmpty()) {
            throw new NotFoundException("no conversation " + groupId + " of yours");
        }
        long last = lastSeqs.of(List.of(groupId)).get(groupId);
        if (seq > last) {
            last = lastSeqs.fresh(groupId);
        }
        CursorMove move = new CursorMove(groupId, caller.userId(), ReadCursor.target(seq, last));
        boolean moved = cursors.moveForward(move);
        long cursor = moved ? move.seq() : cursors.current(groupId, caller.userId());
        JsonObject event = event(groupId, cursor, UnreadCount.of(last, cursor));
        if (moved) {
            userEvents.publishNow(List.of(caller.userId()), event, caller.deviceId());
            receipts.moved(groupId, caller.userId(), cursor);
        }
        return event;
    }

    /**
     * In the sends' own transaction: each sender has read its message. Written with the messages,
     * in one commit and one statement, rather than queued as moves of their own.
     */
    void sent(@Observes MessagesStored batch) {
        cursors.storeWithin(batch.messages().stream().map(MoveReadCursor::senderMove).toList());
    }

    /**
     * Once the sends committed, off the committing thread: reads see the moves, and each sender's
     * other devices hear of theirs.
     */
    void sentCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesStored batch) {
        executor.execute(() -> batch.messages().forEach(this::settle));
    }

    private void settle(MessageStored message) {
        CursorMove move = senderMove(message);
        if (cursors.settle(move)) {
            long last = lastSeqs.of(List.of(message.groupId())).get(message.groupId());
            userEvents.publishNow(List.of(message.senderId()),
                    event(message.groupId(), move.seq(), UnreadCount.of(last, move.seq())));
        }
    }

    private static CursorMove senderMove(MessageStored message) {
        return new CursorMove(message.groupId(), message.senderId(), message.seq());
    }

    static JsonObject event(String groupId, long cursor, UnreadCount unread) {
        return Json.createObjectBuilder().add("type", "event").add("event", "conversation.read")
                .add("groupId", groupId).add("seq", cursor)
                .add("unread", unread.count()).add("display", unread.display()).build();
    }
}
