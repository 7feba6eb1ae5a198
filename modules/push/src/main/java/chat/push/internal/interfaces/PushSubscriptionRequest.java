package chat.push.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.push.internal.domain.EndpointPolicy;
import jakarta.validation.constraints.NotNull;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it, flattened; the checks
 * ({@code EndpointPolicy}, {@code SubscriptionKeys}) are the domain's.
 */
@Schema(name = "PushSubscriptionRequest")
public record PushSubscriptionRequest(
        @NotNull @Schema(required = true, maxLength = EndpointPolicy.MAX_LENGTH, description = "The push service's URL for "
                + "this device: https, on a host that resolves to public addresses (or one the operator allows)",
                example = "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bH")
        String endpoint,
        @NotNull @Schema(required = true, description = "The device's P-256 public key, an uncompressed point (65 bytes), base64url",
                example = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
        String p256dh,
        @NotNull @Schema(required = true, description = "The device's 16-byte authentication secret, base64url",
                example = "BTBZMqHH6r4Tts7J_aSIgg")
        String auth) {
}
