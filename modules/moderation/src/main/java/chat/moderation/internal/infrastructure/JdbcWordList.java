package chat.moderation.internal.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import chat.moderation.internal.domain.ListedWord;
import chat.moderation.internal.domain.WordAction;
import chat.moderation.internal.domain.WordList;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code moderation.words} ({@code db/moderation/V1__word_list_and_hits.sql}). */
@ApplicationScoped
class JdbcWordList implements WordList {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<ListedWord> all() {
        return Sql.query(dataSource, "SELECT word, action FROM moderation.words",
                row -> new ListedWord(row.getString(1), WordAction.valueOf(row.getString(2))));
    }

    @Override
    public List<Entry> entries() {
        return Sql.query(dataSource, "SELECT key, word, action, added_at, added_by FROM moderation.words ORDER BY key",
                JdbcWordList::entry);
    }

    @Override
    public void replace(Collection<ListedWord> words, String addedBy) {
        Sql.update(dataSource, "DELETE FROM moderation.words WHERE key <> ALL (?::text[])",
                (Object) words.stream().map(ListedWord::key).toArray(String[]::new));
        if (!words.isEmpty()) {
            put(words, addedBy);
        }
    }

    @Override
    public int put(Collection<ListedWord> words, String addedBy) {
        String[] keys = words.stream().map(ListedWord::key).toArray(String[]::new);
        String[] spellings = words.stream().map(ListedWord::word).toArray(String[]::new);
        String[] actions = words.stream().map(w -> w.action().name()).toArray(String[]::new);
        // xmax = 0 on the returned row: it was inserted, not updated
        return Sql.query(dataSource, "INSERT INTO moderation.words (key, word, action, added_by)"
                        + " SELECT k, w, a, ? FROM unnest(?::text[], ?::text[], ?::text[]) AS u(k, w, a)"
                        + " ON CONFLICT (key) DO UPDATE SET word = EXCLUDED.word, action = EXCLUDED.action,"
                        + " added_at = now(), added_by = EXCLUDED.added_by RETURNING (xmax = 0)",
                row -> row.getBoolean(1), addedBy, keys, spellings, actions).stream().filter(inserted -> inserted)
                .mapToInt(inserted -> 1).sum();
    }

    @Override
    public boolean remove(String key) {
        return Sql.update(dataSource, "DELETE FROM moderation.words WHERE key = ?", key) == 1;
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getString(1), new ListedWord(row.getString(2), WordAction.valueOf(row.getString(3))),
                row.getTimestamp(4).toInstant(), row.getString(5));
    }
}
