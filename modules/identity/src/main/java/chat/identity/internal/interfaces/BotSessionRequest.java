package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of an operator-issued token: the device's name. */
@Schema(name = "BotSessionRequest")
public record BotSessionRequest(@Schema(maxLength = 64, nullable = true, example = "directory sync") String deviceName) {
}
