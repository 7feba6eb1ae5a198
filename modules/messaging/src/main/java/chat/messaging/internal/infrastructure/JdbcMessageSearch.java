package chat.messaging.internal.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import chat.messaging.internal.domain.Message;
import chat.messaging.internal.domain.MessageSearch;
import chat.messaging.internal.domain.SearchGrams;
import chat.messaging.internal.domain.SearchQuery;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Search over the {@code search_keys} GIN index ({@code db/messaging/V8__search_after_send.sql}, ADR 0018).
 * One index condition asks for the messages that hold a few of the query's grams ({@link
 * SearchGrams}, cut as the stored ones were; spread over its sorted grams) and the key of one of
 * the caller's conversations; the whole text is then checked on the message rows, which also say
 * whether a message is recalled or hidden. A query of one character has no gram: it is checked on
 * the rows of the conversations alone.
 */
@ApplicationScoped
class JdbcMessageSearch implements MessageSearch {

    /** Grams asked of the index; the row check makes the rest sure. */
    static final int INDEXED_GRAMS = 4;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<Message> find(Collection<String> conversationIds, String userId, SearchQuery query, int limit) {
        List<String> grams = spread(SearchGrams.of(query.text()));
        StringBuilder sql = new StringBuilder("SELECT " + JdbcMessageRepository.COLUMNS + " FROM messaging.messages m");
        if (!grams.isEmpty()) {
            sql.append(" JOIN messaging.search_keys k ON k.conversation_id = m.conversation_id AND k.seq = m.seq");
        }
        sql.append(" WHERE m.conversation_id = ANY (?::text[]) AND m.type = 'TEXT' AND m.recalled_at IS NULL");
        List<Object> parameters = new ArrayList<>();
        parameters.add(conversationIds.toArray(String[]::new));
        if (!grams.isEmpty()) {
            sql.append(" AND k.keys && ?::text[] AND k.keys @> ?::text[]");
            parameters.add(conversationIds.stream().map(SearchGrams::conversationKey).distinct().toArray(String[]::new));
            parameters.add(grams.toArray(String[]::new));
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
}
