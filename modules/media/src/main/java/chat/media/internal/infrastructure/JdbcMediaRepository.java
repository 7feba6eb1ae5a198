package chat.media.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import chat.platform.cache.CacheName;
import chat.platform.cache.SharedCache;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Media metadata in PostgreSQL. {@link #findAll} (which renders media in messages, also for pulls
 * of a large group's recent messages) reads through the shared cache {@code media.files}, so a
 * media message pulled by every member costs one query per node, not one per member; a change of
 * a file drops its entry.
 */
@ApplicationScoped
class JdbcMediaRepository implements MediaRepository {

    private static final Duration CACHED = Duration.ofMinutes(10);

    @Inject
    @CacheName("media.files")
    SharedCache<String> files;

    private static final String COLUMNS = "id, uploader_id, kind, content_type, size, sha256, width, height, duration_ms,"
            + " thumbnail_sha256, thumbnail_type, thumbnail_size, created_at, inspected_at IS NOT NULL";

    private static final String INSERTED = "id, uploader_id, kind, content_type, size, sha256, width, height, duration_ms,"
            + " thumbnail_sha256, thumbnail_type, thumbnail_size, created_at";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public void insert(MediaFile f) {
        Sql.update(dataSource, "INSERT INTO media.files (" + INSERTED + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.id(), f.uploaderId(), f.kind().name(), f.contentType(), f.size(), f.sha256(), f.width(), f.height(),
                f.durationMs(), f.thumbnailSha256(), f.thumbnailType(), f.thumbnailSize(), f.createdAt());
    }

    @Override
    public Optional<MediaFile> find(String id) {
        return Sql.first(dataSource, "SELECT " + COLUMNS + " FROM media.files WHERE id = ?", JdbcMediaRepository::map, id);
    }

    @Override
    public List<MediaFile> findAll(Collection<String> ids) {
        Map<String, String> cached = files.getAll(Set.copyOf(ids));
        List<MediaFile> found = new ArrayList<>();
        cached.values().forEach(json -> found.add(MediaFileJson.parse(json)));
        List<String> missing = ids.stream().filter(id -> !cached.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            for (MediaFile file : Sql.query(dataSource, "SELECT " + COLUMNS + " FROM media.files WHERE id = ANY (?)",
                    JdbcMediaRepository::map, (Object) missing.toArray(String[]::new))) {
                if (file.inspected()) {
                    // Until decoding is done the row still changes: only final metadata is cached.
                    files.put(file.id(), MediaFileJson.of(file), CACHED);
                }
                found.add(file);
            }
        }
        return found;
    }

    @Override
    public void describe(String id, Integer width, Integer height, Long durationMs, String thumbnailSha256,
                         String thumbnailType, Long thumbnailSize) {
        Sql.update(dataSource, "UPDATE media.files SET width = coalesce(?::int, width), height = coalesce(?::int, height),"
                + " duration_ms = coalesce(?::bigint, duration_ms), thumbnail_sha256 = ?, thumbnail_type = ?,"
                + " thumbnail_size = ?::bigint, inspected_at = now() WHERE id = ?",
                width, height, durationMs, thumbnailSha256, thumbnailType, thumbnailSize, id);
        files.remove(id);
    }

    @Override
    public void posted(String id, String conversationId) {
        Sql.update(dataSource, "INSERT INTO media.postings (media_id, conversation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                id, conversationId);
    }

    @Override
    public List<String> conversationsOf(String id) {
        return Sql.query(dataSource, "SELECT conversation_id FROM media.postings WHERE media_id = ?", row -> row.getString(1), id);
    }

    @Override
    public int withdrawn(String conversationId, Collection<String> ids) {
        return Sql.update(dataSource, "DELETE FROM media.postings WHERE conversation_id = ? AND media_id = ANY (?::text[])",
                conversationId, ids.toArray(String[]::new));
    }

    @Override
    public List<MediaFile> unpostedSince(Instant before, int limit) {
        return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM media.files f WHERE f.created_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM media.postings p WHERE p.media_id = f.id) ORDER BY f.created_at LIMIT ?",
                JdbcMediaRepository::map, before, limit);
    }

    @Override
    public void delete(String id) {
        Sql.update(dataSource, "DELETE FROM media.files f WHERE id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM media.postings p WHERE p.media_id = f.id)", id);
        files.remove(id);
    }

    @Override
    public boolean blobInUse(String sha256) {
        return Sql.first(dataSource, "SELECT 1 FROM media.files WHERE sha256 = ? OR thumbnail_sha256 = ? LIMIT 1",
                row -> true, sha256, sha256).isPresent();
    }

    private static MediaFile map(ResultSet r) throws SQLException {
        return new MediaFile(r.getString(1), r.getString(2), MediaKind.valueOf(r.getString(3)), r.getString(4), r.getLong(5),
                r.getString(6), (Integer) r.getObject(7), (Integer) r.getObject(8), (Long) r.getObject(9), r.getString(10),
                r.getString(11), (Long) r.getObject(12), r.getTimestamp(13).toInstant(), r.getBoolean(14));
    }
}
