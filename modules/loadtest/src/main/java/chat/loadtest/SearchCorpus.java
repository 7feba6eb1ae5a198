package chat.loadtest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The messages {@code search} looks through, written straight into the server's PostgreSQL (as a
 * restored database would hold them): sending a million messages through the API would take the
 * better part of an hour and measure the send path, not search. Each conversation gets
 * {@code perConversation} TEXT messages of 4 to 12 words drawn by hash from {@link #WORDS} (English
 * words and Chinese and Japanese phrases written without spaces), one in a thousand with
 * "zephyr", from its owner, a second apart across all conversations; its seq counter is moved to
 * the last. As for a send or a restore, each insert leaves its messages in the search backlog and
 * the server's indexer writes their keys; {@link #awaitIndexed} waits until it has.
 */
final class SearchCorpus {

    /** Words the texts are made of; the scenario's queries are among them. */
    static final List<String> WORDS = List.of("budget", "lunch", "deploy", "friday", "meeting", "review", "release",
            "customer", "invoice", "ticket", "design", "server", "notes", "agenda", "report", "team", "office", "weekend",
            "please", "check", "the", "numbers", "before", "after", "today", "tomorrow", "morning", "call", "draft",
            "update", "status", "quarter", "sales", "travel", "hotel", "train", "coffee", "birthday", "cake", "party",
            "今天抢红包啦", "明天开会", "项目上线了", "周末去东京", "会议室订好了", "午饭吃什么", "报告写完了", "客户来访",
            "今日は東京で会議です", "ありがとうございます", "来週の予定", "お疲れさまでした");

    private final ServerDatabase database;

    SearchCorpus(ServerDatabase database) {
        this.database = database;
    }

    /** Writes one conversation's messages and moves its counter; {@code index} spreads their times among the others'. */
    void fill(String conversationId, int index, int conversations, String senderId, int perConversation) throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement("INSERT INTO messaging.messages (conversation_id, seq, sender_id,"
                    + " client_msg_id, type, text, sent_at) SELECT ?, s, ?, 'corpus-' || ? || '-' || s, 'TEXT',"
                    + " (SELECT string_agg(w.words[1 + abs(hashtext(? || '/' || s || '/' || k)) % cardinality(w.words)], ' ')"
                    + " FROM generate_series(1, 4 + s % 9) AS k)"
                    + " || CASE WHEN abs(hashtext(? || '#' || s)) % 1000 = 0 THEN ' zephyr' ELSE '' END,"
                    + " now() - ((? - s) * ? + (? - ?)) * interval '1 second'"
                    + " FROM generate_series(1, ?) AS s, (SELECT ?::text[] AS words) AS w");
                 var counter = c.prepareStatement("INSERT INTO messaging.conversation_counters (conversation_id, last_seq)"
                         + " VALUES (?, ?) ON CONFLICT (conversation_id) DO UPDATE SET last_seq = EXCLUDED.last_seq")) {
                insert.setString(1, conversationId);
                insert.setString(2, senderId);
                insert.setString(3, conversationId);
                insert.setString(4, conversationId);
                insert.setString(5, conversationId);
                insert.setInt(6, perConversation);
                insert.setInt(7, conversations);
                insert.setInt(8, conversations);
                insert.setInt(9, index);
                insert.setInt(10, perConversation);
                insert.setArray(11, c.createArrayOf("text", WORDS.toArray()));
                insert.executeUpdate();
                counter.setString(1, conversationId);
                counter.setLong(2, perConversation);
                counter.executeUpdate();
            }
            c.commit();
        }
    }

    /** Waits until the server has indexed every message written here. */
    void awaitIndexed(Deadline deadline) throws SQLException, InterruptedException {
        try (Connection c = database.connect(); var statement = c.createStatement()) {
            while (true) {
                try (var rows = statement.executeQuery("SELECT count(*) FROM messaging.search_backlog")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return;
                    }
                }
                if (deadline.expired()) {
                    throw new IllegalStateException("the server did not index the messages before the deadline");
                }
                Thread.sleep(1_000);
            }
        }
    }

    /** Settles the index (GIN's pending list) and the planner's statistics before anything is measured. */
    void settle() throws SQLException {
        try (Connection c = database.connect(); var statement = c.createStatement()) {
            statement.execute("SELECT gin_clean_pending_list('messaging.search_keys_grams'::regclass)");
            statement.execute("ANALYZE messaging.messages");
            statement.execute("ANALYZE messaging.search_keys");
        }
    }

    /** The sizes the benchmark reports, as PostgreSQL's size functions give them, in bytes. */
    record Sizes(long messages, long table, long searchKeys, long searchIndex, long rows) {
    }

    Sizes sizes() throws SQLException {
        try (Connection c = database.connect(); var statement = c.createStatement();
             var rows = statement.executeQuery("SELECT pg_total_relation_size('messaging.messages'),"
                     + " pg_relation_size('messaging.messages'), pg_relation_size('messaging.search_keys'),"
                     + " pg_relation_size('messaging.search_keys_grams'), (SELECT count(*) FROM messaging.messages)")) {
            rows.next();
            return new Sizes(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
        }
    }
}
