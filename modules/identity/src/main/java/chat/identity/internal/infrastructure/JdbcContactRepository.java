package chat.identity.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.ContactRequest;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcContactRepository implements ContactRepository {

    private static final String COLUMNS = "id, from_user_id, to_user_id, status";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public Optional<ContactRequest> request(String id) {
        return oneRequest("SELECT " + COLUMNS + " FROM identity.contact_requests WHERE id = ?", id);
    }

    @Override
    public Optional<ContactRequest> requestBetween(String fromUserId, String toUserId) {
        return oneRequest("SELECT " + COLUMNS + " FROM identity.contact_requests WHERE from_user_id = ? AND to_user_id = ?",
                fromUserId, toUserId);
    }

    @Override
    public void insert(ContactRequest request) {
        update("INSERT INTO identity.contact_requests (" + COLUMNS + ") VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (from_user_id, to_user_id) DO NOTHING",
                request.id(), request.fromUserId(), request.toUserId(), request.status().name());
    }

    @Override
    public List<ContactRequest> pendingOf(String userId) {
        // Two index ranges (the unique key leads with the sender, V3 indexes pending ones by
        // recipient) rather than one OR that would read the whole table.
        String pending = "SELECT " + COLUMNS + ", created_at FROM identity.contact_requests WHERE status = 'PENDING'";
        return Sql.query(dataSource, pending + " AND from_user_id = ? UNION ALL " + pending + " AND to_user_id = ?"
                + " ORDER BY created_at DESC, id DESC", JdbcContactRepository::map, userId, userId);
    }

    @Override
    public void markAccepted(String requestId) {
        update("UPDATE identity.contact_requests SET status = 'ACCEPTED', decided_at = now() WHERE id = ?", requestId);
    }

    @Override
    public void connect(String userA, String userB) {
        update("INSERT INTO identity.contacts (user_id, contact_id) VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING",
                userA, userB, userB, userA);
    }

    @Override
    public boolean areContacts(String userA, String userB) {
        try (var c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT 1 FROM identity.contacts WHERE user_id = ? AND contact_id = ?")) {
            select.setString(1, userA);
            select.setString(2, userB);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read contacts", e);
        }
    }

    @Override
    public List<String> contactsOf(String userId) {
        try (var c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT contact_id FROM identity.contacts WHERE user_id = ? ORDER BY since")) {
            select.setString(1, userId);
            List<String> ids = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read contacts", e);
        }
    }

    private Optional<ContactRequest> oneRequest(String sql, String... parameters) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read contact requests", e);
        }
    }

    private void update(String sql, String... parameters) {
        try (var c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write contacts", e);
        }
    }

    private static ContactRequest map(ResultSet rows) throws SQLException {
        return new ContactRequest(rows.getString(1), rows.getString(2), rows.getString(3),
                ContactRequest.Status.valueOf(rows.getString(4)));
    }
}
