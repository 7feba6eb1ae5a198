package chat.messaging.internal.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Search over the {@code search_keys} GIN index ({@code db/messaging/V8__search_after_send.sql},
 * {@code V11__search_keys_know_their_time.sql}, ADR 0018). The index finds the messages that hold a
 * few of the query's grams ({@link SearchGrams}, cut as the stored ones were; spread over its sorted
 * grams) and the key of one of the caller's conversations; those candidates are put in order by the
 * time their keys carry, and the message rows are read one by one, newest first, by their primary
 * key, each checked whole (the text, not recalled, not hidden), until the page is full. So a common
 * word reads a page's worth of rows, not every candidate's. A query of one character has no gram:
 * each of the caller's conversations is read backwards until it has a page of matches, and the
 * newest of those are the page.
 */
@ApplicationScoped
class JdbcMessageSearch implements MessageSearch {

    /** Grams asked of the index; the row check makes the rest sure. */
    static final int INDEXED_GRAMS = 4;

    /** The checks on a message row: a text, not recalled, holding the query, not hidden by the caller. */
    private static final String MATCHES = " m.type = 'TEXT' AND m.recalled_at IS NULL"
            + " AND strpos(messaging.search_text(m.text), messaging.search_text(?)) > 0" + JdbcMessageRepository.NOT_HIDDEN;

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<Message> find(Collection<String> conversationIds, String userId, SearchQuery query, int limit) {
        List<String> grams = spread(SearchGrams.of(query.text()));
        String[] conversations = conversationIds.toArray(String[]::new);
        return grams.isEmpty() ? byRows(conversations, userId, query, limit) : byIndex(conversations, grams, userId, query, limit);
    }

    private List<Message> byIndex(String[] conversations, List<String> grams, String userId, SearchQuery query, int limit) {
        List<Object> parameters = new ArrayList<>();
        // The candidates sorted by the time on their keys, so the rows below are read newest first
        // and the read stops once the page is full.
        StringBuilder sql = new StringBuilder("SELECT ").append(JdbcMessageRepository.COLUMNS).append(" FROM (SELECT"
                + " conversation_id, seq, sent_at FROM messaging.search_keys WHERE keys && ?::text[] AND keys @> ?::text[]"
                + " AND conversation_id = ANY (?::text[])");
        parameters.add(Arrays.stream(conversations).map(SearchGrams::conversationKey).distinct().toArray(String[]::new));
        parameters.add(grams.toArray(String[]::new));
        parameters.add(conversations);
        before(sql, parameters, query, "");
        sql.append(" ORDER BY sent_at DESC, conversation_id DESC, seq DESC) c JOIN messaging.messages m"
                + " ON m.conversation_id = c.conversation_id AND m.seq = c.seq WHERE").append(MATCHES);
        parameters.add(query.text());
        parameters.add(userId);
        sql.append(" ORDER BY c.sent_at DESC, c.conversation_id DESC, c.seq DESC LIMIT ").append(limit);
        return Sql.query(dataSource, sql.toString(), JdbcMessageRepository::map, parameters.toArray());
    }

    private List<Message> byRows(String[] conversations, String userId, SearchQuery query, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(conversations);
        StringBuilder sql = new StringBuilder("SELECT m.* FROM unnest(?::text[]) AS c (id) CROSS JOIN LATERAL (SELECT ")
                .append(JdbcMessageRepository.COLUMNS).append(" FROM messaging.messages m WHERE m.conversation_id = c.id AND")
                .append(MATCHES);
        parameters.add(query.text());
        parameters.add(userId);
        before(sql, parameters, query, "m.");
        // Within a conversation, seq order is time order: its newest matches are its last.
        sql.append(" ORDER BY m.seq DESC LIMIT ").append(limit).append(") m")
                .append(" ORDER BY m.sent_at DESC, m.conversation_id DESC, m.seq DESC LIMIT ").append(limit);
        return Sql.query(dataSource, sql.toString(), JdbcMessageRepository::map, parameters.toArray());
    }

    /** The {@code next} cursor of the page before: only what is older than its last. */
    private static void before(StringBuilder sql, List<Object> parameters, SearchQuery query, String alias) {
        if (query.before() != null) {
            sql.append(" AND (").append(alias).append("sent_at, ").append(alias).append("conversation_id, ")
                    .append(alias).append("seq) < (?, ?, ?)");
            parameters.add(query.before().sentAt());
            parameters.add(query.before().groupId());
            parameters.add(query.before().seq());
        }
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
