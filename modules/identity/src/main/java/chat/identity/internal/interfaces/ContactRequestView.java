package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.domain.ContactRequest;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A request to become contacts, and where it stands. */
@Schema(name = "ContactRequest")
@JsonbPropertyOrder({"id", "fromUserId", "toUserId", "status"})
public record ContactRequestView(
        @Schema(required = true) String id,
        @Schema(required = true) String fromUserId,
        @Schema(required = true) String toUserId,
        @Schema(required = true) ContactRequest.Status status) {

    static ContactRequestView of(ContactRequest request) {
        return new ContactRequestView(request.id(), request.fromUserId(), request.toUserId(), request.status());
    }
}
