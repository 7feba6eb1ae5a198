package chat.push.internal.infrastructure;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.push.internal.domain.PushSubscription;
import chat.push.internal.domain.PushSubscriptions;
import chat.push.internal.domain.SubscriptionKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcPushSubscriptions implements PushSubscriptions {

    private static final String COLUMNS = "user_id, device_id, session_id, endpoint, p256dh, auth";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public boolean any() {
        return Sql.first(dataSource, "SELECT EXISTS (SELECT 1 FROM push.subscriptions)", row -> row.getBoolean(1)).orElse(false);
    }

    @Override
    public void save(PushSubscription s) {
        Sql.update(dataSource, "INSERT INTO push.subscriptions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, device_id) DO UPDATE SET session_id = EXCLUDED.session_id,"
                        + " endpoint = EXCLUDED.endpoint, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, updated_at = now()",
                s.userId(), s.deviceId(), s.sessionId(), s.endpoint().toString(), s.keys().p256dh(), s.keys().auth());
    }

    @Override
    public Optional<PushSubscription> of(String userId, String deviceId) {
        return Sql.first(dataSource, "SELECT " + COLUMNS + " FROM push.subscriptions WHERE user_id = ? AND device_id = ?",
                JdbcPushSubscriptions::subscription, userId, deviceId);
    }

    @Override
    public List<PushSubscription> ofUsers(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM push.subscriptions WHERE user_id = ANY(?::text[])",
                JdbcPushSubscriptions::subscription, (Object) userIds.toArray(String[]::new));
    }

    @Override
    public boolean remove(String userId, String deviceId) {
        return Sql.update(dataSource, "DELETE FROM push.subscriptions WHERE user_id = ? AND device_id = ?", userId, deviceId) == 1;
    }

    @Override
    public void removeSession(String sessionId) {
        Sql.update(dataSource, "DELETE FROM push.subscriptions WHERE session_id = ?", sessionId);
    }

    @Override
    public void removeUser(String userId) {
        Sql.update(dataSource, "DELETE FROM push.subscriptions WHERE user_id = ?", userId);
    }

    @Override
    public void removeGone(String userId, String deviceId, URI endpoint) {
        Sql.update(dataSource, "DELETE FROM push.subscriptions WHERE user_id = ? AND device_id = ? AND endpoint = ?",
                userId, deviceId, endpoint.toString());
    }

    private static PushSubscription subscription(ResultSet row) throws SQLException {
        // stored only after EndpointPolicy and SubscriptionKeys passed them
        return new PushSubscription(row.getString(1), row.getString(2), row.getString(3), URI.create(row.getString(4)),
                new SubscriptionKeys(row.getString(5), row.getString(6)));
    }
}
