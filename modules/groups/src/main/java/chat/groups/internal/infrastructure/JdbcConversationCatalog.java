package chat.groups.internal.infrastructure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationCatalog;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** The operator's list of conversations over {@code groups.conversations}, in primary-key order. */
@ApplicationScoped
class JdbcConversationCatalog implements ConversationCatalog {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public List<Conversation> find(String text, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, kind, name, owner_id, announcement, all_muted, max_members,"
                + " member_count FROM groups.conversations WHERE disbanded_at IS NULL");
        List<Object> parameters = new ArrayList<>();
        if (!text.isEmpty()) {
            sql.append(" AND (id = ? OR name ILIKE ? ESCAPE '\\')");
            parameters.add(text);
            parameters.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterId != null) {
            sql.append(" AND id > ?");
            parameters.add(afterId);
        }
        sql.append(" ORDER BY id LIMIT ").append(limit);
        return Sql.query(dataSource, sql.toString(), rows -> new Conversation(rows.getString(1),
                Conversation.Kind.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getBoolean(6), rows.getInt(7), rows.getInt(8)), parameters.toArray());
    }
}
