package chat.push.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The server's VAPID public key, which a page passes to {@code pushManager.subscribe} as {@code applicationServerKey}. */
@Schema(name = "VapidKey")
public record VapidKeyView(
        @Schema(required = true, description = "An uncompressed P-256 point, base64url",
                example = "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U")
        String publicKey) {
}
