package chat.redpack.internal.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import chat.groups.api.ConversationDirectory;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.NotFoundException;
import chat.identity.api.UserEvents;
import chat.platform.outbox.Outbox;
import chat.platform.outbox.OutboxDestination;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Grabs;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRefusals;
import chat.redpack.internal.domain.PacketRepository;
import chat.redpack.internal.domain.Split;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import chat.platform.json.Json;
import jakarta.transaction.Transactional;

/**
 * Open: after a granted grab, the amount is drawn in a database transaction that holds the
 * packet's row lock, so claims of one packet are drawn one at a time from what is really left
 * (the database decides, whatever the cache said). The claim, the credit order on the durable
 * queue and the {@code redpack.claimed} events commit together; a retry answers the same amount.
 */
@ApplicationScoped
public class OpenRedPack {

    /** Each message credits one claim to one wallet. */
    public static final OutboxDestination CREDITS = OutboxDestination.queue("chat.redpack-credits");

    @Inject
    PacketRepository packets;

    @Inject
    ConversationDirectory conversations;

    @Inject
    Grabs grabs;

    @Inject
    Outbox outbox;

    @Inject
    UserEvents userEvents;

    @Transactional
    public long open(String packetId, String userId) {
        Packet visible = RedPacketAccess.visible(packets, conversations, packetId, userId);
        Packet packet = packets.lock(visible.id()).orElseThrow(() -> new NotFoundException("no red packet " + packetId));
        Optional<Claim> earlier = packets.claim(packetId, userId);
        if (earlier.isPresent()) {
            return earlier.get().amountCents();
        }
        if (!grabs.granted(packetId, userId)) {
            throw new ConflictException(ErrorCode.NOT_GRABBED, "grab the red packet before opening it");
        }
        if (packet.expiredAt(Instant.now())) {
            throw PacketRefusals.expired();
        }
        if (packet.remainingCount() == 0) {
            throw PacketRefusals.soldOut();
        }
        long amount = Split.next(packet.remainingCents(), packet.remainingCount(), ThreadLocalRandom.current());
        Claim claim = new Claim(packetId, userId, amount, Instant.now(), false);
        packets.addClaim(packet, claim);
        outbox.add(CREDITS, packetId, Json.createObjectBuilder().add("packetId", packetId).add("userId", userId)
                .add("amountCents", amount).build().toString());
        List<String> told = conversations.broadcastAudience(packet.conversationId())
                .orElse(List.of(packet.senderId(), userId));
        userEvents.publish(told, Json.createObjectBuilder().add("type", "event").add("event", "redpack.claimed")
                .add("groupId", packet.conversationId()).add("packetId", packetId).add("userId", userId)
                .add("amountCents", amount).add("remainingCount", packet.remainingCount() - 1).build());
        return amount;
    }
}
