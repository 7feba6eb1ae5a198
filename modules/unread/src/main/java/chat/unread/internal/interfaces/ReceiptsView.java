package chat.unread.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.unread.internal.application.ReadReceipts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Who among the other members has read a message, and how many have not. */
@Schema(name = "Receipts")
@JsonbPropertyOrder({"readCount", "unreadCount", "readers"})
public record ReceiptsView(
        @Schema(required = true, minimum = "0", description = "Members other than its sender whose read cursor is at "
                + "or past it") int readCount,
        @Schema(required = true, minimum = "0", description = "Members other than its sender who have not read it")
        int unreadCount,
        @Schema(required = true, description = "Those who read it, by nickname") List<Reader> readers) {

    @Schema(name = "Reader")
    @JsonbPropertyOrder({"userId", "nickname"})
    public record Reader(@Schema(required = true) String userId, @Schema(required = true) String nickname) {
    }

    public ReceiptsView {
        readers = List.copyOf(readers);
    }

    static ReceiptsView of(ReadReceipts.Receipts receipts) {
        return new ReceiptsView(receipts.readCount(), receipts.unreadCount(),
                receipts.readers().stream().map(u -> new Reader(u.id(), u.nickname())).toList());
    }
}
