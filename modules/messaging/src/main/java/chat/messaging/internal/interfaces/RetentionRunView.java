package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.application.RetentionRuns;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What a retention run removed. */
@Schema(name = "RetentionRun")
@JsonbPropertyOrder({"retentionDays", "cutoff", "messagesRemoved", "filesWithdrawn"})
public record RetentionRunView(
        @Schema(required = true, description = "CHAT_MESSAGES_RETENTION_DAYS", example = "365") int retentionDays,
        @Schema(required = true, description = "Messages sent before this instant (ISO-8601) were removed") String cutoff,
        @Schema(required = true, description = "Messages removed by this run; they keep their seqs and read as recalled")
        long messagesRemoved,
        @Schema(required = true, description = "Files withdrawn from the conversations whose removed messages showed "
                + "them; one posted nowhere is deleted with its bytes by the next media sweep") long filesWithdrawn) {

    static RetentionRunView of(RetentionRuns.Run run) {
        return new RetentionRunView(run.retentionDays(), run.cutoff().toString(), run.messagesRemoved(), run.filesWithdrawn());
    }
}
