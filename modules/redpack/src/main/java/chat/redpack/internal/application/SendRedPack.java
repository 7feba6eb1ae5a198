package chat.redpack.internal.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import chat.groups.api.ConversationDirectory;
import chat.groups.api.PostingRight;
import chat.messaging.api.RedPackAnnouncements;
import chat.moderation.api.ContentPlace;
import chat.moderation.api.ContentPolicy;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;
import chat.redpack.internal.domain.RedPackRules;
import chat.redpack.internal.domain.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends a red packet, in one transaction: the money moves from the sender's wallet to the
 * packet's escrow, the packet is stored, and a {@code REDPACK} message announces it (its greeting
 * screened by the company's content policy). The same
 * {@code clientId} again answers the first packet, also when both calls arrive at once; without
 * the money nothing happens (409).
 */
@ApplicationScoped
public class SendRedPack {

    @Inject
    ConversationDirectory conversations;

    @Inject
    PacketRepository packets;

    @Inject
    Ledger ledger;

    @Inject
    RedPackAnnouncements announcements;

    @Inject
    RedPackSettings settings;

    @Inject
    ContentPolicy policy;

    /** What a sender asks for. */
    public record Order(String groupId, String senderId, long totalCents, long count, String greeting, String clientId) {
    }

    /** The packet, and whether this call sent it (false: a retry answered with the first). */
    public record Sent(Packet packet, boolean created) {
    }

    @Transactional
    public Sent send(Order order) {
        String clientId = RedPackRules.clientId(order.clientId());
        String greeting = RedPackRules.greeting(order.greeting());
        PostingRight right = conversations.mayPost(order.groupId(), order.senderId());
        Optional<Packet> earlier = packets.bySenderAndClientId(order.senderId(), clientId);
        if (earlier.isPresent()) {
            return retried(order, earlier.get());
        }
        RedPackRules.check(order.totalCents(), order.count(), new RedPackRules.Limits(settings.maxTotalCents(),
                settings.maxCount(), right.memberCount(), right.direct()));
        String screened = policy.screen(ContentPlace.REDPACK_GREETING, greeting, order.senderId(), order.groupId());
        Instant now = Instant.now();
        Packet packet = new Packet(UUID.randomUUID().toString(), order.groupId(), order.senderId(), clientId,
                right.direct(), order.totalCents(), (int) order.count(), screened, order.totalCents(),
                (int) order.count(), 0, Packet.Status.OPEN, now, now.plus(settings.ttl()));
        if (!packets.insertIfNew(packet)) {
            // The same clientId sent at the same moment: the other call stored it first; answer its packet.
            return retried(order, packets.bySenderAndClientId(order.senderId(), clientId).orElseThrow(
                    () -> new IllegalStateException("packet " + clientId + " of " + order.senderId() + " vanished")));
        }
        ledger.transfer("send:" + packet.id(), TransferKind.SEND, Accounts.wallet(order.senderId()),
                Accounts.escrow(packet.id()), packet.totalCents());
        announcements.announce(packet.conversationId(), packet.senderId(), packet.id(), screened);
        return new Sent(packet, true);
    }

    private static Sent retried(Order order, Packet earlier) {
        if (!earlier.conversationId().equals(order.groupId())) {
            throw new ConflictException(ErrorCode.CLIENT_ID_REUSED, "clientId " + earlier.clientId() + " was used for another packet");
        }
        return new Sent(earlier, false);
    }
}
