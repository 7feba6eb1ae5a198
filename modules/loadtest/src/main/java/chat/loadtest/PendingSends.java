package chat.loadtest;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;

/**
 * The sends in flight on one socket, matched to their answers: the server answers each
 * {@code send} frame with an {@code ack} or an {@code error} frame naming its clientMsgId. Shared
 * by the members of {@code messages} ({@link GroupMember}) and the senders of {@code store-rate},
 * who send into many groups over one socket.
 */
final class PendingSends {

    private final Map<String, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();

    /**
     * Queues {@code frame}, a {@code send} naming {@code clientMsgId}, on {@code socket}; the future
     * completes with its {@code ack} or {@code error} frame, or exceptionally when it could not be written.
     */
    CompletableFuture<JsonObject> send(LiveSocket socket, String clientMsgId, String frame) {
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        answers.put(clientMsgId, answer);
        socket.send(frame).whenComplete((done, error) -> {
            if (error != null) {
                answer.completeExceptionally(error);
            }
        });
        return answer.whenComplete((reply, error) -> answers.remove(clientMsgId));
    }

    /**
     * Completes the send that {@code frame} answers; true when the frame is an answer to a send
     * (an {@code ack} or {@code error} with a clientMsgId, matched or not), false for any other frame.
     */
    boolean answered(JsonObject frame) {
        String type = ChatFrames.string(frame, "type");
        String clientMsgId = ChatFrames.string(frame, "clientMsgId");
        if (!("ack".equals(type) || "error".equals(type)) || clientMsgId == null) {
            return false;
        }
        CompletableFuture<JsonObject> answer = answers.get(clientMsgId);
        if (answer != null) {
            answer.complete(frame);
        }
        return true;
    }
}
