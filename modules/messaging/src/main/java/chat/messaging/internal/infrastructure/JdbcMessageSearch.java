package chat.messaging.internal.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageSearch;
import chat.messaging.internal.domain.SearchQuery;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Search over the {@code search_keys} GIN index ({@code db/messaging/V7__search.sql}, ADR 0018).
 * The database cuts the query into its grams, so they are cut as the stored ones were; a few of
 * them, spread over its sorted grams, each prefixed with every conversation's key, pick the candidates
 * (one index condition per gram), and the whole text is checked on the rows. A query of one
 * character has no gram: it is checked on the rows of the conversations alone.
 */
@ApplicationScoped
class JdbcMessageSearch implements MessageSearch {

    /** Grams asked of the index; the row check makes the rest sure. */
    static final int INDEXED_GRAMS = 4;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<Message> find(Collection<String> conversationIds, String userId, SearchQuery query, int limit) {
        List<String> grams = spread(Sql.first(dataSource, "SELECT messaging.search_grams(?)",
                rows -> List.of((String[]) rows.getArray(1).getArray()), query.text()).orElse(List.of()));
        List<String> prefixes = conversationIds.stream().map(JdbcMessageSearch::prefix).toList();
        StringBuilder sql = new StringBuilder("SELECT " + JdbcMessageRepository.COLUMNS + " FROM messaging.messages m"
                + " WHERE m.conversation_id = ANY (?::text[]) AND m.type = 'TEXT' AND m.recalled_at IS NULL");
        List<Object> parameters = new ArrayList<>();
        parameters.add(conversationIds.toArray(String[]::new));
        for (String gram : grams) {
            sql.append(" AND m.search_keys && ?::text[]");
            parameters.add(prefixes.stream().map(p -> p + gram).toArray(String[]::new));
        }
        sql.append(" AND strpos(messaging.search_text(m.text), messaging.search_text(?)) > 0");
        parameters.add(query.text());
        if (query.before() != null) {
            sql.append(" AND (m.sent_at, m.conversation_id, m.seq) < (?, ?, ?)");
            parameters.add(query.before().sentAt());
            parameters.add(query.before().groupId());
            parameters.add(query.before().seq());
        }
        sql.append(JdbcMessageRepository.NOT_HIDDEN);
        parameters.add(userId);
        sql.append(" ORDER BY m.sent_at DESC, m.conversation_id DESC, m.seq DESC LIMIT ").append(limit);
        return Sql.query(dataSource, sql.toString(), JdbcMessageRepository::map, parameters.toArray());
    }

    /** At most {@value #INDEXED_GRAMS} of the grams: the first, the last and evenly between. */
    static List<String> spread(List<String> grams) {
        if (grams.size() <= INDEXED_GRAMS) {
            return grams;
        }
        List<String> chosen = new ArrayList<>(INDEXED_GRAMS);
        for (int i = 0; i < INDEXED_GRAMS; i++) {
            chosen.add(grams.get(i * (grams.size() - 1) / (INDEXED_GRAMS - 1)));
        }
        return chosen;
    }

    /** As the database makes it: the first 8 hex characters of the conversation id's md5. */
    static String prefix(String conversationId) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
