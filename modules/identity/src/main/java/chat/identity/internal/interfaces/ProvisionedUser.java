package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An account the operator's batch created. */
@Schema(name = "ProvisionedUser")
@JsonbPropertyOrder({"id", "username"})
public record ProvisionedUser(@Schema(required = true) String id, @Schema(required = true) String username) {
}
