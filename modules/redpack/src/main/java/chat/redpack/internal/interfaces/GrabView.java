package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A granted grab: the caller holds a share, whose amount the open decides. A refused grab is an error answer. */
@Schema(name = "RedPacketGrab")
@JsonbPropertyOrder({"granted"})
public record GrabView(@Schema(required = true, description = "Always true: a refusal is a 409") boolean granted) {

    /** The one answer a grab gives: the use case answers nothing, and refuses by throwing. */
    static final GrabView GRANTED = new GrabView(true);
}
