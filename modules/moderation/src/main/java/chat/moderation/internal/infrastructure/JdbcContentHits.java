package chat.moderation.internal.infrastructure;

import java.util.List;

import javax.sql.DataSource;

import chat.moderation.api.ContentPlace;
import chat.moderation.internal.domain.ContentHit;
import chat.moderation.internal.domain.ContentHits;
import chat.moderation.internal.domain.WordAction;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code moderation.hits} ({@code db/moderation/V1__word_list_and_hits.sql}). */
@ApplicationScoped
class JdbcContentHits implements ContentHits {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public void record(ContentHit hit) {
        Sql.update(dataSource, "INSERT INTO moderation.hits (user_id, place, conversation_id, action, word, service_reason,"
                        + " text) VALUES (?, ?, ?, ?, ?, ?, ?)", hit.userId(), hit.place().name(), hit.conversationId(),
                hit.action().name(), hit.word(), hit.serviceReason(), hit.text());
    }

    @Override
    public List<ContentHit> page(Long before, int limit) {
        return Sql.query(dataSource, "SELECT id, at, user_id, place, conversation_id, action, word, service_reason, text"
                        + " FROM moderation.hits" + (before == null ? "" : " WHERE id < ?") + " ORDER BY id DESC LIMIT " + limit,
                row -> new ContentHit(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                        ContentPlace.valueOf(row.getString(4)), row.getString(5), WordAction.valueOf(row.getString(6)),
                        row.getString(7), row.getString(8), row.getString(9)),
                before == null ? new Object[0] : new Object[] {before});
    }
}
