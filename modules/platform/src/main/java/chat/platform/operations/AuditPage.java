package chat.platform.operations;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of the audit log, newest first. */
@Schema(name = "AuditPage")
@JsonbPropertyOrder({"items", "next"})
public record AuditPage(
        @Schema(required = true) List<AuditEntryView> items,
        @Schema(required = true, nullable = true, description = "Pass as after for the older rows; null on the last page")
        String next) {
}
