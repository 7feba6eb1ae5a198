package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageType;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The red packet a REDPACK message announces: its id is what a member grabs ({@code POST /redpacks/{id}/grab}).
 * Messages of other types leave the {@code redpack} key out. Yasson (3.0, as in Liberty) ignores
 * {@code @JsonbNillable(false)} on a component whose type is a record and asks that record's own
 * class instead, hence the annotation here too; this record has no null field for it to drop.
 */
@Schema(name = "MessageRedPack", description = "On a REDPACK message only (the key is absent on others): the packet to grab")
@JsonbNillable(false)
@JsonbPropertyOrder({"id"})
public record MessageRedPackView(@Schema(required = true) String id) {

    /** The packet of a REDPACK message; null for any other message (and the key is then left out). */
    static MessageRedPackView of(Message m) {
        return m.type() == MessageType.REDPACK && m.attachmentId() != null ? new MessageRedPackView(m.attachmentId()) : null;
    }
}
