package chat.messaging.internal.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import chat.messaging.internal.domain.ExpiringMessages;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A batch is taken by {@code messages_living_by_age} ({@code db/messaging/V9__retention.sql}) and
 * cleared in one statement; what hangs on the batch's messages (quotes, reactions, pins, search
 * keys) goes in one statement each.
 */
@ApplicationScoped
class JdbcExpiringMessages implements ExpiringMessages {

    /** The batch's keys, as the arrays the statements after the first unnest. */
    private static final String IN_BATCH = "(conversation_id, seq) IN (SELECT * FROM unnest(?::text[], ?::bigint[]))";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<Expired> expire(Instant cutoff, int max) {
        List<Expired> expired = Sql.query(dataSource, "WITH old AS (SELECT conversation_id, seq, media_id"
                        + " FROM messaging.messages WHERE sent_at < ? AND recalled_at IS NULL ORDER BY sent_at LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED)"
                        + " UPDATE messaging.messages m SET recalled_at = now(), text = NULL, media_id = NULL, mentions = NULL,"
                        + " mention_all = false, reply_seq = NULL, reply_sender_id = NULL, reply_type = NULL,"
                        + " reply_preview = NULL, reaction_emoji = NULL, reaction_counts = NULL"
                        + " FROM old WHERE m.conversation_id = old.conversation_id AND m.seq = old.seq"
                        + " RETURNING m.conversation_id, m.seq, old.media_id",
                rows -> new Expired(rows.getString(1), rows.getLong(2), rows.getString(3)),
                cutoff, max);
        if (!expired.isEmpty()) {
            String[] groups = expired.stream().map(Expired::groupId).toArray(String[]::new);
            Long[] seqs = expired.stream().map(Expired::seq).toArray(Long[]::new);
            Sql.update(dataSource, "UPDATE messaging.messages SET reply_preview = ''"
                    + " WHERE (conversation_id, reply_seq) IN (SELECT * FROM unnest(?::text[], ?::bigint[]))"
                    + " AND reply_preview <> ''", groups, seqs);
            for (String table : List.of("reactions", "pins", "search_keys")) {
                Sql.update(dataSource, "DELETE FROM messaging." + table + " WHERE " + IN_BATCH, groups, seqs);
            }
        }
        return expired;
    }

    @Override
    public Set<String> stillShown(String groupId, Collection<String> mediaIds) {
        return new HashSet<>(Sql.query(dataSource, "SELECT DISTINCT media_id FROM messaging.messages"
                        + " WHERE conversation_id = ? AND media_id = ANY (?::text[])",
                rows -> rows.getString(1), groupId, mediaIds.toArray(String[]::new)));
    }
}
