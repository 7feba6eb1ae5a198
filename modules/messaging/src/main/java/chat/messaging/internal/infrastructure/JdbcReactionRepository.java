package chat.messaging.internal.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import chat.messaging.internal.domain.ReactionRepository;
import chat.messaging.internal.domain.Reactions;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JdbcReactionRepository implements ReactionRepository {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public Optional<Reactions> lock(String groupId, long seq) {
        return Sql.first(dataSource, "SELECT " + JdbcMessageRepository.COLUMNS + " FROM messaging.messages m"
                + " WHERE m.conversation_id = ? AND m.seq = ? AND m.recalled_at IS NULL FOR UPDATE",
                rows -> JdbcMessageRepository.map(rows).reactions(), groupId, seq);
    }

    @Override
    public boolean add(String groupId, long seq, String userId, String emoji) {
        return Sql.update(dataSource, "INSERT INTO messaging.reactions (conversation_id, seq, user_id, emoji)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", groupId, seq, userId, emoji) > 0;
    }

    @Override
    public boolean remove(String groupId, long seq, String userId, String emoji) {
        return Sql.update(dataSource, "DELETE FROM messaging.reactions WHERE conversation_id = ? AND seq = ?"
                + " AND user_id = ? AND emoji = ?", groupId, seq, userId, emoji) > 0;
    }

    /** NULLs for none, as a message nobody reacted to has. */
    @Override
    public void store(String groupId, long seq, Reactions reactions) {
        String[] emoji = reactions.counts().stream().map(Reactions.Count::emoji).toArray(String[]::new);
        Long[] counts = reactions.counts().stream().map(c -> (long) c.count()).toArray(Long[]::new);
        Sql.update(dataSource, "UPDATE messaging.messages SET reaction_emoji = ?::text[], reaction_counts = ?::integer[]"
                + " WHERE conversation_id = ? AND seq = ?", reactions.isEmpty() ? null : emoji,
                reactions.isEmpty() ? null : counts, groupId, seq);
    }

    @Override
    public Map<Long, Set<String>> mine(String groupId, Collection<Long> seqs, String userId) {
        if (seqs.isEmpty()) {
            return Map.of();
        }
        record Own(long seq, String emoji) {
        }
        return Sql.query(dataSource, "SELECT seq, emoji FROM messaging.reactions WHERE conversation_id = ?"
                        + " AND seq = ANY (?::bigint[]) AND user_id = ?", rows -> new Own(rows.getLong(1), rows.getString(2)),
                        groupId, seqs.toArray(Long[]::new), userId).stream()
                .collect(Collectors.groupingBy(Own::seq, Collectors.mapping(Own::emoji, Collectors.toSet())));
    }

    @Override
    public void removeAll(String groupId, long seq) {
        Sql.update(dataSource, "DELETE FROM messaging.reactions WHERE conversation_id = ? AND seq = ?", groupId, seq);
    }
}
