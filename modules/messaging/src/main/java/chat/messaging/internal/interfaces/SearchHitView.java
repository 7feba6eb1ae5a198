package chat.messaging.internal.interfaces;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.application.SearchMessages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A message a search found, with where its words stand. */
@Schema(name = "SearchHit")
@JsonbPropertyOrder({"groupId", "seq", "senderId", "sentAt", "text", "highlight"})
public record SearchHitView(
        @Schema(required = true) String groupId,
        @Schema(required = true, minimum = "1") long seq,
        @Schema(required = true) String senderId,
        @Schema(required = true) Instant sentAt,
        @Schema(required = true) String text,
        @Schema(required = true, description = "The matches in text, at most 10: UTF-16 offsets, end excluded")
        List<Range> highlight) {

    @Schema(name = "HighlightRange")
    @JsonbPropertyOrder({"start", "end"})
    public record Range(@Schema(required = true, minimum = "0") int start, @Schema(required = true, minimum = "1") int end) {
    }

    static SearchHitView of(SearchMessages.Hit hit) {
        var m = hit.message();
        return new SearchHitView(m.groupId(), m.seq(), m.senderId(), m.sentAt(), m.text(),
                hit.highlight().stream().map(r -> new Range(r.start(), r.end())).toList());
    }
}
