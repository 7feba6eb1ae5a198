package chat.redpack.internal.interfaces;

import chat.redpack.internal.application.ViewRedPack;
import chat.redpack.internal.domain.Packet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Packets as the contract shows them. */
final class RedPackJson {

    private RedPackJson() {
    }

    /** The answer to a send: {@code {id, groupId, senderId, totalCents, count, greeting, expiresAt}}. */
    static JsonObject sent(Packet p) {
        return summary(p).build();
    }

    /** A packet with what is left and its claims. */
    static JsonObject view(ViewRedPack.View view) {
        Packet p = view.packet();
        JsonArrayBuilder claims = Json.createArrayBuilder();
        view.claims().forEach(c -> claims.add(Json.createObjectBuilder().add("userId", c.userId())
                .add("amountCents", c.amountCents()).add("at", c.at().toString())));
        return summary(p).add("remainingCents", p.remainingCents()).add("remainingCount", p.remainingCount())
                .add("refundedCents", p.refundedCents()).add("status", p.status().name()).add("claims", claims).build();
    }

    private static JsonObjectBuilder summary(Packet p) {
        return Json.createObjectBuilder().add("id", p.id()).add("groupId", p.conversationId()).add("senderId", p.senderId())
                .add("totalCents", p.totalCents()).add("count", p.count()).add("greeting", p.greeting())
                .add("expiresAt", p.expiresAt().toString());
    }
}
