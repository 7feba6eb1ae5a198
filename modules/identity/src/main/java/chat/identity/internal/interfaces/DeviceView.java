package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.application.PresenceQuery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One of the caller's devices. */
@Schema(name = "Device")
@JsonbPropertyOrder({"deviceId", "deviceName", "lastSeenAt", "online"})
public record DeviceView(
        @Schema(required = true, example = "phone-1") String deviceId,
        @Schema(required = true, nullable = true) String deviceName,
        @Schema(required = true) Instant lastSeenAt,
        @Schema(required = true) boolean online) {

    static DeviceView of(PresenceQuery.DevicePresence presence) {
        var device = presence.device();
        return new DeviceView(device.deviceId(), device.deviceName(), device.lastSeenAt(), presence.online());
    }
}
