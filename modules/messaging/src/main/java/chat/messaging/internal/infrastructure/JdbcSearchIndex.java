package chat.messaging.internal.infrastructure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import chat.messaging.internal.domain.SearchGrams;
import chat.messaging.internal.domain.SearchIndex;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * {@code search_backlog} to {@code search_keys} ({@code db/messaging/V8__search_after_send.sql}):
 * one statement takes a batch of the backlog (rows another node has locked are skipped) with the
 * texts and times, one statement writes their keys (and the message's time, which search orders
 * its candidates by), in one transaction. A message recalled meanwhile has no
 * text and gets no keys; nor does a text of one character, which has no gram (a one-character
 * search reads the rows themselves).
 */
@ApplicationScoped
class JdbcSearchIndex implements SearchIndex {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    private record Waiting(String conversationId, long seq, String text, String sentAt) {
    }

    @Override
    @Transactional
    public int indexWaiting(int max) {
        // The batch by ctid (a TID scan), each text by its key. The statement's plan is cached on the
        // connection, and one made while the backlog was small read the whole backlog for every batch
        // once it was large (a restore); scans by position are what this transaction means, so say so.
        Sql.update(dataSource, "SET LOCAL enable_seqscan = off");
        List<Waiting> taken = Sql.query(dataSource, "WITH taken AS (DELETE FROM messaging.search_backlog"
                        + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM messaging.search_backlog LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED)) RETURNING conversation_id, seq)"
                        + " SELECT t.conversation_id, t.seq, m.text, m.sent_at::text FROM taken t LEFT JOIN LATERAL"
                        + " (SELECT x.text, x.sent_at"
                        + " FROM messaging.messages x WHERE x.conversation_id = t.conversation_id AND x.seq = t.seq) m"
                        + " ON true",
                rows -> new Waiting(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)), max);
        List<String> conversations = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> sentAts = new ArrayList<>();
        for (Waiting w : taken) {
            List<String> of = w.text() == null ? List.of() : SearchGrams.keys(w.conversationId(), w.text());
            if (!of.isEmpty()) {
                conversations.add(w.conversationId());
                seqs.add(w.seq());
                keys.add(String.join(" ", of)); // no key holds a space: the grams skip white space
                sentAts.add(w.sentAt());
            }
        }
        if (!keys.isEmpty()) {
            Sql.update(dataSource, "INSERT INTO messaging.search_keys (conversation_id, seq, keys, sent_at)"
                            + " SELECT c, s, string_to_array(k, ' '), t"
                            + " FROM unnest(?::text[], ?::bigint[], ?::text[], ?::timestamptz[]) AS b (c, s, k, t)"
                            + " ON CONFLICT (conversation_id, seq) DO NOTHING",
                    conversations.toArray(String[]::new), seqs.toArray(Long[]::new), keys.toArray(String[]::new),
                    sentAts.toArray(String[]::new));
        }
        return taken.size();
    }
}
