package chat.redpack.internal.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

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

    @FunctionalInterface
    private interface Binder {
        void bind(java.sql.PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("red-packet query failed: " + sql, e);
        }
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("red-packet update failed: " + sql, e);
        }
    }

    @Override
    public void insert(Packet p) {
        update("INSERT INTO redpack.packets (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, p.id());
            s.setString(2, p.conversationId());
            s.setString(3, p.senderId());
            s.setString(4, p.clientId());
            s.setBoolean(5, p.direct());
            s.setLong(6, p.totalCents());
            s.setInt(7, p.count());
            s.setString(8, p.greeting());
            s.setLong(9, p.remainingCents());
            s.setInt(10, p.remainingCount());
            s.setLong(11, p.refundedCents());
            s.setString(12, p.status().name());
            s.setTimestamp(13, Timestamp.from(p.createdAt()));
            s.setTimestamp(14, Timestamp.from(p.expiresAt()));
        });
    }

    @Override
    public Optional<Packet> find(String packetId) {
        return query("SELECT " + COLUMNS + " FROM redpack.packets WHERE id = ?", s -> s.setString(1, packetId),
                JdbcPackets::packet).stream().findFirst();
    }

    @Override
    public Optional<Packet> bySenderAndClientId(String senderId, String clientId) {
        return query("SELECT " + COLUMNS + " FROM redpack.packets WHERE sender_id = ? AND client_id = ?", s -> {
            s.setString(1, senderId);
            s.setString(2, clientId);
        }, JdbcPackets::packet).stream().findFirst();
    }

    @Override
    public Optional<Packet> lock(String packetId) {
        return query("SELECT " + COLUMNS + " FROM redpack.packets WHERE id = ? FOR UPDATE", s -> s.setString(1, packetId),
                JdbcPackets::packet).stream().findFirst();
    }

    @Override
    public Optional<Claim> claim(String packetId, String userId) {
        return query("SELECT packet_id, user_id, amount_cents, claimed_at, credited_at FROM redpack.claims"
                + " WHERE packet_id = ? AND user_id = ?", s -> {
                    s.setString(1, packetId);
                    s.setString(2, userId);
                }, JdbcPackets::claim).stream().findFirst();
    }

    @Override
    public List<Claim> claims(String packetId) {
        return query("SELECT packet_id, user_id, amount_cents, claimed_at, credited_at FROM redpack.claims"
                + " WHERE packet_id = ? ORDER BY claimed_at, user_id", s -> s.setString(1, packetId), JdbcPackets::claim);
    }

    @Override
    public void addClaim(Packet packet, Claim claim) {
        update("INSERT INTO redpack.claims (packet_id, user_id, amount_cents, claimed_at) VALUES (?, ?, ?, ?)", s -> {
            s.setString(1, claim.packetId());
            s.setString(2, claim.userId());
            s.setLong(3, claim.amountCents());
            s.setTimestamp(4, Timestamp.from(claim.at()));
        });
        update("UPDATE redpack.packets SET remaining_cents = remaining_cents - ?, remaining_count = remaining_count - 1,"
                + " status = CASE WHEN remaining_count = 1 THEN 'FINISHED' ELSE status END WHERE id = ?", s -> {
                    s.setLong(1, claim.amountCents());
                    s.setString(2, packet.id());
                });
    }

    @Override
    public void markCredited(String packetId, String userId) {
        update("UPDATE redpack.claims SET credited_at = now() WHERE packet_id = ? AND user_id = ? AND credited_at IS NULL",
                s -> {
                    s.setString(1, packetId);
                    s.setString(2, userId);
                });
    }

    @Override
    public List<Packet> lockExpired(int limit) {
        return query("SELECT " + COLUMNS + " FROM redpack.packets WHERE status = 'OPEN' AND expires_at <= now()"
                + " ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED", s -> s.setInt(1, limit), JdbcPackets::packet);
    }

    @Override
    public void markExpired(String packetId, long refundedCents) {
        update("UPDATE redpack.packets SET status = 'EXPIRED', refunded_cents = refunded_cents + ?,"
                + " remaining_cents = remaining_cents - ? WHERE id = ?", s -> {
                    s.setLong(1, refundedCents);
                    s.setLong(2, refundedCents);
                    s.setString(3, packetId);
                });
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
