package chat.identity.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import chat.identity.internal.domain.Device;
import chat.identity.internal.domain.DeviceRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcDeviceRepository implements DeviceRepository {

    private static final String COLUMNS = "user_id, device_id, device_name, last_seen_at";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public void upsert(String userId, String deviceId, String deviceName) {
        try (var c = dataSource.getConnection();
             var upsert = c.prepareStatement("INSERT INTO identity.devices (user_id, device_id, device_name) VALUES (?, ?, ?)"
                     + " ON CONFLICT (user_id, device_id) DO UPDATE"
                     + " SET device_name = COALESCE(EXCLUDED.device_name, devices.device_name), last_seen_at = now()")) {
            upsert.setString(1, userId);
            upsert.setString(2, deviceId);
            upsert.setString(3, deviceName);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record device " + deviceId, e);
        }
    }

    @Override
    public List<Device> ofUser(String userId) {
        return ofUsers(List.of(userId)).getOrDefault(userId, List.of());
    }

    @Override
    public Map<String, List<Device>> ofUsers(Collection<String> userIds) {
        Map<String, List<Device>> devices = new HashMap<>();
        if (userIds.isEmpty()) {
            return devices;
        }
        try (var c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT " + COLUMNS + " FROM identity.devices WHERE user_id = ANY (?)"
                     + " ORDER BY created_at")) {
            select.setArray(1, c.createArrayOf("text", userIds.toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    Device device = map(rows);
                    devices.computeIfAbsent(device.userId(), k -> new ArrayList<>()).add(device);
                }
            }
            return devices;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read devices", e);
        }
    }

    @Override
    public void touch(String userId, String deviceId) {
        try (var c = dataSource.getConnection();
             var update = c.prepareStatement(
                     "UPDATE identity.devices SET last_seen_at = now() WHERE user_id = ? AND device_id = ?")) {
            update.setString(1, userId);
            update.setString(2, deviceId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot touch device " + deviceId, e);
        }
    }

    private static Device map(ResultSet rows) throws SQLException {
        return new Device(rows.getString(1), rows.getString(2), rows.getString(3),
                rows.getTimestamp(4).toInstant());
    }
}
