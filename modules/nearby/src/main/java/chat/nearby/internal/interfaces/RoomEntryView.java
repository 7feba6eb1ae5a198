package chat.nearby.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The group a room's people share: the same id for everyone who enters the room. */
@Schema(name = "NearbyRoomEntry")
@JsonbPropertyOrder({"groupId"})
public record RoomEntryView(@Schema(required = true, description = "The group, made by the first to enter") String groupId) {
}
