package chat.identity.internal.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import chat.identity.internal.domain.AccountDirectory;
import chat.identity.internal.domain.AccountSummary;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** The operator's list of accounts over {@code identity.users}, in the order of its username index. */
@ApplicationScoped
class JdbcAccountDirectory implements AccountDirectory {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<AccountSummary> find(String text, String afterUsername, int limit) {
        StringBuilder sql = new StringBuilder("SELECT u.id, u.username, u.nickname, u.disabled_at IS NOT NULL, u.created_at,"
                + " (SELECT max(d.last_seen_at) FROM identity.devices d WHERE d.user_id = u.id)"
                + " FROM identity.users u WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (!text.isEmpty()) {
            String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            sql.append(" AND (u.username LIKE ? ESCAPE '\\' OR u.nickname ILIKE ? ESCAPE '\\')");
            parameters.add(literal.toLowerCase(Locale.ROOT) + "%"); // usernames are lower case
            parameters.add("%" + literal + "%");
        }
        if (afterUsername != null) {
            sql.append(" AND u.username > ?");
            parameters.add(afterUsername);
        }
        sql.append(" ORDER BY u.username LIMIT ").append(limit);
        return Sql.query(dataSource, sql.toString(), row -> new AccountSummary(row.getString(1), row.getString(2),
                row.getString(3), row.getBoolean(4), row.getTimestamp(5).toInstant(),
                row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()), parameters.toArray());
    }
}
