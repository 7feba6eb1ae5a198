package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the operator removes a message: it goes to the audit log, not to the members. */
@Schema(name = "MessageRemoval")
public record MessageRemovalRequest(
        @Schema(required = true, minLength = 1, maxLength = 500, example = "posted a customer's card number")
        String reason) {
}
