package chat.nearby.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/**
 * The code a person typed and where they stand; the rules are the domain's ({@code RoomRules} for
 * the code, {@code Position} for the degrees), which name the field they refuse.
 */
@Schema(name = "NearbyRoomJoin")
public record NearbyRoomJoin(
        @NotNull @Schema(required = true, minLength = 4, maxLength = 4, pattern = "^[0-9]{4}$",
                description = "The code everyone in the room agreed on: 4 digits", example = "4821")
        String code,
        @NotNull @Schema(required = true, minimum = "-90", maximum = "90", description = "Latitude in degrees",
                example = "31.2304")
        Double lat,
        @NotNull @Schema(required = true, minimum = "-180", maximum = "180", description = "Longitude in degrees",
                example = "121.4737")
        Double lon) {
}
