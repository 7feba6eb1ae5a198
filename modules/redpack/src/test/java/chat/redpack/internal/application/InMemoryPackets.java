package chat.redpack.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;

/** Packets by id and their claims in the order they were opened; locks are not modelled. */
class InMemoryPackets implements PacketRepository {

    final Map<String, Packet> byId = new LinkedHashMap<>();
    final List<Claim> claims = new ArrayList<>();
    /** Runs at the start of insertIfNew: lets a test have a concurrent send store the same clientId first. */
    Runnable beforeInsert = () -> { };
    /** The packets lockExpired answers (another node's locked ones are simply not here). */
    final List<Packet> expired = new ArrayList<>();
    final Map<String, Long> refunded = new LinkedHashMap<>();
    Instant uncreditedBefore;

    void put(Packet packet) {
        byId.put(packet.id(), packet);
    }

    @Override
    public boolean insertIfNew(Packet packet) {
        beforeInsert.run();
        if (bySenderAndClientId(packet.senderId(), packet.clientId()).isPresent()) {
            return false;
        }
        put(packet);
        return true;
    }

    @Override
    public Optional<Packet> find(String packetId) {
        return Optional.ofNullable(byId.get(packetId));
    }

    @Override
    public Optional<Packet> bySenderAndClientId(String senderId, String clientId) {
        return byId.values().stream()
                .filter(p -> p.senderId().equals(senderId) && p.clientId().equals(clientId)).findFirst();
    }

    @Override
    public Optional<Packet> lock(String packetId) {
        return find(packetId);
    }

    @Override
    public Optional<Claim> claim(String packetId, String userId) {
        return claims.stream().filter(c -> c.packetId().equals(packetId) && c.userId().equals(userId)).findFirst();
    }

    @Override
    public List<Claim> claims(String packetId) {
        return claims.stream().filter(c -> c.packetId().equals(packetId)).toList();
    }

    @Override
    public void addClaim(Packet p, Claim claim) {
        claims.add(claim);
        int count = p.remainingCount() - 1;
        put(new Packet(p.id(), p.conversationId(), p.senderId(), p.clientId(), p.direct(), p.totalCents(), p.count(),
                p.greeting(), p.remainingCents() - claim.amountCents(), count, p.refundedCents(),
                count == 0 ? Packet.Status.FINISHED : p.status(), p.createdAt(), p.expiresAt()));
    }

    @Override
    public void markCredited(String packetId, String userId) {
        Claim c = claim(packetId, userId).orElseThrow();
        claims.set(claims.indexOf(c), new Claim(c.packetId(), c.userId(), c.amountCents(), c.at(), true));
    }

    @Override
    public List<Claim> uncredited(Instant before, int limit) {
        uncreditedBefore = before;
        return claims.stream().filter(c -> !c.credited() && c.at().isBefore(before)).limit(limit).toList();
    }

    @Override
    public List<Packet> lockExpired(int limit) {
        return expired.stream().limit(limit).toList();
    }

    @Override
    public void markExpired(String packetId, long refundedCents) {
        refunded.put(packetId, refundedCents);
    }
}
