package chat.identity.internal.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A one-time ticket to open the WebSocket: {@code GET /ws?ticket=<ticket>} before it expires. */
@Schema(name = "WsTicket")
@JsonbPropertyOrder({"ticket", "expiresAt"})
public record TicketView(@Schema(required = true) String ticket, @Schema(required = true) Instant expiresAt) {
}
