package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.application.ListContacts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One of the caller's contacts, and whether any of their devices is connected. */
@Schema(name = "Contact")
@JsonbPropertyOrder({"id", "username", "nickname", "avatarUrl", "online"})
public record ContactView(
        @Schema(required = true) String id,
        @Schema(required = true) String username,
        @Schema(required = true) String nickname,
        @Schema(required = true, nullable = true) String avatarUrl,
        @Schema(required = true) boolean online) {

    static ContactView of(ListContacts.Contact contact) {
        var user = contact.user();
        return new ContactView(user.id(), user.username(), user.nickname(), user.avatarUrl(), contact.online());
    }
}
