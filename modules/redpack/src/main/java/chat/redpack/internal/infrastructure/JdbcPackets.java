package chat.redpack.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;
import chat.redpack.internal.domain.PacketRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcPackets implements PacketRepository {

    private static final String COLUMNS = "id, conversation_id, sender_id, client_id, direct, total_cents, count, greeting,"
            + " remaining_cents, remaining_count, refunded_cents, status, created_at, expires_at";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public boolean insertIfNew(Packet p) {
        return 1 == Sql.update(dataSource, "INSERT INTO redpack.packets (" + COLUMNS + ") VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sender_id, client_id) DO NOTHING",
                p.id(), p.conversationId(), p.senderId(), p.clientId(), p.direct(), p.totalCents(), p.count(), p.greeting(),
                p.remainingCents(), p.remainingCount(), p.refundedCents(), p.status().name(), p.createdAt(), p.expiresAt());
    }

    @Override
    public Optional<Packet> find(String packetId) {
        return Sql.first(dataSource, "SELECT " + COLUMNS + " FROM redpack.packets WHERE id = ?", JdbcPackets::packet,
                packetId);
    }

    @Override
    public Optional<Packet> bySenderAndClientId(String senderId, String clientId) {
        return Sql.first(dataSource, "SELECT " + COLUMNS + " FROM redpack.packets WHERE sender_id = ? AND client_id = ?",
                JdbcPackets::packet, senderId, clientId);
    }

    @Override
    public Optional<Packet> lock(String packetId) {
        return Sql.first(dataSource, "SELECT " + COLUMNS + " FROM redpack.packets WHERE id = ? FOR UPDATE",
                JdbcPackets::packet, packetId);
    }

    @Override
    public Optional<Claim> claim(String packetId, String userId) {
        return Sql.first(dataSource, "SELECT packet_id, user_id, amount_cents, claimed_at, credited_at FROM redpack.claims"
                + " WHERE packet_id = ? AND user_id = ?", JdbcPackets::claim, packetId, userId);
    }

    @Override
    public List<Claim> claims(String packetId) {
        return Sql.query(dataSource, "SELECT packet_id, user_id, amount_cents, claimed_at, credited_at FROM redpack.claims"
                + " WHERE packet_id = ? ORDER BY claimed_at, user_id", JdbcPackets::claim, packetId);
    }

    @Override
    public void addClaim(Packet packet, Claim claim) {
        Sql.update(dataSource, "INSERT INTO redpack.claims (packet_id, user_id, amount_cents, claimed_at) VALUES (?, ?, ?, ?)",
                claim.packetId(), claim.userId(), claim.amountCents(), claim.at());
        Sql.update(dataSource, "UPDATE redpack.packets SET remaining_cents = remaining_cents - ?,"
                + " remaining_count = remaining_count - 1,"
                + " status = CASE WHEN remaining_count = 1 THEN 'FINISHED' ELSE status END WHERE id = ?",
                claim.amountCents(), packet.id());
    }

    @Override
    public void markCredited(String packetId, String userId) {
        Sql.update(dataSource, "UPDATE redpack.claims SET credited_at = now()"
                + " WHERE packet_id = ? AND user_id = ? AND credited_at IS NULL", packetId, userId);
    }

    @Override
    public List<Claim> uncredited(Instant before, int limit) {
        return Sql.query(dataSource, "SELECT packet_id, user_id, amount_cents, claimed_at, credited_at FROM redpack.claims"
                + " WHERE credited_at IS NULL AND claimed_at < ? ORDER BY claimed_at LIMIT ?", JdbcPackets::claim, before, limit);
    }

    @Override
    public List<Packet> lockExpired(int limit) {
        return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM redpack.packets WHERE status = 'OPEN'"
                + " AND expires_at <= now() ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED", JdbcPackets::packet, limit);
    }

    @Override
    public void markExpired(String packetId, long refundedCents) {
        Sql.update(dataSource, "UPDATE redpack.packets SET status = 'EXPIRED', refunded_cents = refunded_cents + ?,"
                + " remaining_cents = remaining_cents - ? WHERE id = ?", refundedCents, refundedCents, packetId);
    }

    private static Packet packet(ResultSet r) throws SQLException {
        return new Packet(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getLong(6),
                r.getInt(7), r.getString(8), r.getLong(9), r.getInt(10), r.getLong(11),
                Packet.Status.valueOf(r.getString(12)), r.getTimestamp(13).toInstant(), r.getTimestamp(14).toInstant());
    }

    private static Claim claim(ResultSet r) throws SQLException {
        return new Claim(r.getString(1), r.getString(2), r.getLong(3), r.getTimestamp(4).toInstant(),
                r.getTimestamp(5) != null);
    }
}
