package chat.identity.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.domain.AccountSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An account as the operator lists it. */
@Schema(name = "Account")
@JsonbPropertyOrder({"id", "username", "nickname", "disabled", "createdAt", "lastSeenAt"})
public record AccountView(
        @Schema(required = true) String id,
        @Schema(required = true) String username,
        @Schema(required = true) String nickname,
        @Schema(required = true, description = "Whether an operator disabled it") boolean disabled,
        @Schema(required = true, description = "ISO-8601") String createdAt,
        @Schema(required = true, nullable = true, description = "When one of its devices was last seen (ISO-8601); "
                + "null when it never logged in") String lastSeenAt) {

    static AccountView of(AccountSummary a) {
        return new AccountView(a.id(), a.username(), a.nickname(), a.disabled(), a.createdAt().toString(),
                a.lastSeenAt() == null ? null : a.lastSeenAt().toString());
    }
}
