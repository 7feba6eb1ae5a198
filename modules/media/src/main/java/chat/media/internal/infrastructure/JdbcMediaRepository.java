package chat.media.internal.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import chat.media.internal.domain.MediaFile;
import chat.media.internal.domain.MediaKind;
import chat.media.internal.domain.MediaRepository;
import chat.platform.cache.ChatCaches;
import chat.platform.cache.SharedCache;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Media metadata in PostgreSQL. {@link #findAll} (which renders media in messages, also for pulls
 * of a large group's recent messages) reads through the shared cache {@code media-files}, so a
 * media message pulled by every member costs one query per node, not one per member; a change of
 * a file drops its entry.
 */
@ApplicationScoped
class JdbcMediaRepository implements MediaRepository {

    private static final Duration CACHED = Duration.ofMinutes(10);

    @Inject
    ChatCaches caches;

    private SharedCache<String> cache;

    private static final String COLUMNS = "id, uploader_id, kind, content_type, size, sha256, width, height, duration_ms,"
            + " thumbnail_sha256, thumbnail_type, thumbnail_size, created_at, inspected_at IS NOT NULL";

    private static final String INSERTED = "id, uploader_id, kind, content_type, size, sha256, width, height, duration_ms,"
            + " thumbnail_sha256, thumbnail_type, thumbnail_size, created_at";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<MediaFile> select(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            List<MediaFile> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(map(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("media query failed: " + sql, e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("media update failed: " + sql, e);
        }
    }

    @Override
    public void insert(MediaFile f) {
        update("INSERT INTO media.files (" + INSERTED + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, f.id());
            s.setString(2, f.uploaderId());
            s.setString(3, f.kind().name());
            s.setString(4, f.contentType());
            s.setLong(5, f.size());
            s.setString(6, f.sha256());
            setInteger(s, 7, f.width());
            setInteger(s, 8, f.height());
            setLong(s, 9, f.durationMs());
            s.setString(10, f.thumbnailSha256());
            s.setString(11, f.thumbnailType());
            setLong(s, 12, f.thumbnailSize());
            s.setTimestamp(13, Timestamp.from(f.createdAt()));
        });
    }

    @Override
    public Optional<MediaFile> find(String id) {
        return select("SELECT " + COLUMNS + " FROM media.files WHERE id = ?", s -> s.setString(1, id)).stream().findFirst();
    }

    @Override
    public List<MediaFile> findAll(Collection<String> ids) {
        Map<String, String> cached = cache().getAll(Set.copyOf(ids));
        List<MediaFile> found = new ArrayList<>();
        cached.values().forEach(json -> found.add(MediaFileJson.parse(json)));
        List<String> missing = ids.stream().filter(id -> !cached.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            for (MediaFile file : select("SELECT " + COLUMNS + " FROM media.files WHERE id = ANY (?)",
                    s -> s.setArray(1, s.getConnection().createArrayOf("text", missing.toArray())))) {
                if (file.inspected()) {
                    // Until decoding is done the row still changes: only final metadata is cached.
                    cache().put(file.id(), MediaFileJson.of(file), CACHED);
                }
                found.add(file);
            }
        }
        return found;
    }

    private SharedCache<String> cache() {
        if (cache == null) {
            cache = caches.cache("media-files");
        }
        return cache;
    }

    @Override
    public void describe(String id, Integer width, Integer height, Long durationMs, String thumbnailSha256,
                         String thumbnailType, Long thumbnailSize) {
        update("UPDATE media.files SET width = coalesce(?, width), height = coalesce(?, height),"
                + " duration_ms = coalesce(?, duration_ms), thumbnail_sha256 = ?, thumbnail_type = ?, thumbnail_size = ?,"
                + " inspected_at = now() WHERE id = ?", s -> {
                    setInteger(s, 1, width);
                    setInteger(s, 2, height);
                    setLong(s, 3, durationMs);
                    s.setString(4, thumbnailSha256);
                    s.setString(5, thumbnailType);
                    setLong(s, 6, thumbnailSize);
                    s.setString(7, id);
                });
        cache().remove(id);
    }

    @Override
    public void posted(String id, String conversationId) {
        update("INSERT INTO media.postings (media_id, conversation_id) VALUES (?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setString(1, id);
            s.setString(2, conversationId);
        });
    }

    @Override
    public List<String> conversationsOf(String id) {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT conversation_id FROM media.postings WHERE media_id = ?")) {
            select.setString(1, id);
            List<String> conversations = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    conversations.add(rows.getString(1));
                }
            }
            return conversations;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read where media " + id + " was posted", e);
        }
    }

    @Override
    public List<MediaFile> unpostedSince(Instant before, int limit) {
        return select("SELECT " + COLUMNS + " FROM media.files f WHERE f.created_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM media.postings p WHERE p.media_id = f.id) ORDER BY f.created_at LIMIT ?", s -> {
                    s.setTimestamp(1, Timestamp.from(before));
                    s.setInt(2, limit);
                });
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM media.files f WHERE id = ? AND NOT EXISTS (SELECT 1 FROM media.postings p WHERE p.media_id = f.id)",
                s -> s.setString(1, id));
        cache().remove(id);
    }

    @Override
    public boolean blobInUse(String sha256) {
        return !select("SELECT " + COLUMNS + " FROM media.files WHERE sha256 = ? OR thumbnail_sha256 = ? LIMIT 1", s -> {
            s.setString(1, sha256);
            s.setString(2, sha256);
        }).isEmpty();
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static MediaFile map(ResultSet r) throws SQLException {
        return new MediaFile(r.getString(1), r.getString(2), MediaKind.valueOf(r.getString(3)), r.getString(4), r.getLong(5),
                r.getString(6), (Integer) r.getObject(7), (Integer) r.getObject(8), (Long) r.getObject(9), r.getString(10),
                r.getString(11), (Long) r.getObject(12), r.getTimestamp(13).toInstant(), r.getBoolean(14));
    }
}
