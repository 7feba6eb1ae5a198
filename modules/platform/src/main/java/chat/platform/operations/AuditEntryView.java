package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.platform.audit.AuditLog;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A row of the audit log as the operator reads it. */
@Schema(name = "AuditEntry")
@JsonbPropertyOrder({"id", "at", "actor", "action", "target", "detail"})
public record AuditEntryView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "When the change committed (ISO-8601)") String at,
        @Schema(required = true, description = "The operator key's name, \"operator\" for the one unnamed key, "
                + "or \"server\" for the server's own jobs", example = "operator") String actor,
        @Schema(required = true, example = "user.disable") String action,
        @Schema(required = true, description = "What it changed: a user id, a conversation id, \"gid/seq\" for a message")
        String target,
        @Schema(required = true, description = "What else the change took (a reason, an amount); never a secret or a "
                + "message's text") JsonObject detail) {

    static AuditEntryView of(AuditLog.Entry entry) {
        return new AuditEntryView(entry.id(), entry.at().toString(), entry.actor(), entry.action(), entry.target(),
                entry.detail());
    }
}
