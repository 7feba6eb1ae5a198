package chat.nearby.internal.interfaces;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.nearby.internal.application.JoinRoom;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The room a person landed in, and who is in it so far; its members hear of each newcomer over WebSocket. */
@Schema(name = "NearbyRoom")
@JsonbPropertyOrder({"roomId", "code", "members", "expiresAt"})
public record NearbyRoomView(
        @Schema(required = true, description = "What POST /nearby/rooms/{roomId}/enter takes") String roomId,
        @Schema(required = true, example = "4821") String code,
        @Schema(required = true, description = "Everyone in the room, the caller included, in the order they came")
        List<NearbyMemberView> members,
        @Schema(required = true, description = "When the room ends: nobody joins it or enters through it after")
        Instant expiresAt) {

    static NearbyRoomView of(JoinRoom.Joined joined) {
        return new NearbyRoomView(joined.room().id(), joined.room().code(),
                joined.members().stream().map(NearbyMemberView::of).toList(), joined.room().expiresAt());
    }
}
