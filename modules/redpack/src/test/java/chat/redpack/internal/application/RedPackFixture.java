package chat.redpack.internal.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import chat.identity.api.UserSummary;
import chat.redpack.internal.domain.Packet;

/**
 * The redpack module's use cases wired by hand over in-memory fakes: no CDI, no database, no cache,
 * no broker. Transactions do not roll back here, so tests look at what a use case answered and did
 * before it refused, not at what a rollback would undo.
 */
final class RedPackFixture {

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant FAR_AHEAD = Instant.parse("2999-01-01T00:00:00Z");

    final InMemoryPackets packets = new InMemoryPackets();
    final InMemoryLedger ledger = new InMemoryLedger();
    final KnownConversations conversations = new KnownConversations();
    final SharedGrabs grabs = new SharedGrabs();
    final Recorded recorded = new Recorded();
    final Map<String, UserSummary> users = new HashMap<>();
    final RedPackSettings settings = new RedPackSettings();

    RedPackFixture() {
        settings.topUps = false;
        settings.maxTopUpCents = 1_000_000;
        settings.maxCreditCents = 100_000_000;
        settings.maxTotalCents = 2_000_000;
        settings.maxCount = 1000;
        settings.ttlSeconds = 86_400;
        settings.expirySweepSeconds = 60;
        settings.creditGraceSeconds = 60;
    }

    /** An open packet in the conversation, its whole total and count still there. */
    Packet packet(String id, String conversationId, String senderId, long totalCents, int count) {
        return put(new Packet(id, conversationId, senderId, "c-" + id, false, totalCents, count, "Best wishes",
                totalCents, count, 0, Packet.Status.OPEN, LONG_AGO, FAR_AHEAD));
    }

    Packet directPacket(String id, String conversationId, String senderId, long totalCents) {
        return put(new Packet(id, conversationId, senderId, "c-" + id, true, totalCents, 1, "Best wishes",
                totalCents, 1, 0, Packet.Status.OPEN, LONG_AGO, FAR_AHEAD));
    }

    Packet put(Packet packet) {
        packets.put(packet);
        return packet;
    }

    void user(String id) {
        users.put(id, new UserSummary(id, id, id, null));
    }

    SendRedPack sendRedPack() {
        var useCase = new SendRedPack();
        useCase.conversations = conversations;
        useCase.packets = packets;
        useCase.ledger = ledger;
        useCase.announcements = recorded.announcements;
        useCase.settings = settings;
        useCase.policy = (place, text, userId, conversationId) -> text;
        return useCase;
    }

    GrabRedPack grabRedPack() {
        var useCase = new GrabRedPack();
        useCase.packets = packets;
        useCase.conversations = conversations;
        useCase.grabs = grabs;
        return useCase;
    }

    OpenRedPack openRedPack() {
        var useCase = new OpenRedPack();
        useCase.packets = packets;
        useCase.conversations = conversations;
        useCase.grabs = grabs;
        useCase.outbox = recorded.outbox;
        useCase.userEvents = recorded.userEvents;
        return useCase;
    }

    ViewRedPack viewRedPack() {
        var useCase = new ViewRedPack();
        useCase.packets = packets;
        useCase.conversations = conversations;
        return useCase;
    }

    Wallets wallets() {
        var useCase = new Wallets();
        useCase.ledger = ledger;
        useCase.users = new chat.identity.api.UserDirectory() {
            @Override
            public Map<String, UserSummary> find(java.util.Collection<String> userIds) {
                Map<String, UserSummary> found = new HashMap<>();
                userIds.stream().filter(users::containsKey).forEach(id -> found.put(id, users.get(id)));
                return found;
            }

            @Override
            public boolean areContacts(String userA, String userB) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Set<String> contactsAmong(String userId, java.util.Collection<String> userIds) {
                throw new UnsupportedOperationException();
            }
        };
        useCase.settings = settings;
        return useCase;
    }

    ExpireRedPacks expireRedPacks() {
        var useCase = new ExpireRedPacks();
        useCase.packets = packets;
        useCase.ledger = ledger;
        return useCase;
    }

    CreditClaims creditClaims() {
        var useCase = new CreditClaims();
        useCase.ledger = ledger;
        useCase.packets = packets;
        return useCase;
    }

    ReconcileCredits reconcileCredits() {
        var useCase = new ReconcileCredits();
        useCase.packets = packets;
        useCase.creditClaims = creditClaims();
        useCase.settings = settings;
        return useCase;
    }
}
