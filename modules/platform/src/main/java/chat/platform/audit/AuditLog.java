package chat.platform.audit;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.platform.json.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

/**
 * The audit log ({@code platform.audit_log}): what operators changed, and what the server's own
 * jobs removed. A row is written in the caller's transaction, which must be the change's own
 * ({@link Transactional.TxType#MANDATORY}), so the row and the change commit together or not at
 * all. Never a token, a password or a message's text in {@code detail}.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    /** Who a call with the unnamed operator key ({@code CHAT_ADMIN_API_KEY}) is recorded as. */
    public static final String OPERATOR = "operator";

    /** Who the server's own jobs (retention) are recorded as. */
    public static final String SERVER = "server";

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Inject
    OperatorCaller caller;

    /** A row of the log. */
    public record Entry(long id, Instant at, String actor, String action, String target, JsonObject detail) {
    }

    /** Records an operator's change under the name of the key that made it, in the change's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void operator(String action, String target, JsonObject detail) {
        record(caller.name(), action, target, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String target, JsonObject detail) {
        LOG.info(() -> "audit: " + actor + " " + action + " " + target);
        Sql.update(dataSource, "INSERT INTO platform.audit_log (actor, action, target, detail) VALUES (?, ?, ?, ?::jsonb)",
                actor, action, target, (detail == null ? JsonObject.EMPTY_JSON_OBJECT : detail).toString());
    }

    /** The newest rows older than {@code before} (all when null), newest first; at most {@code limit}. */
    public List<Entry> page(Long before, int limit) {
        return Sql.query(dataSource, "SELECT id, at, actor, action, target, detail::text FROM platform.audit_log"
                        + (before == null ? "" : " WHERE id < ?") + " ORDER BY id DESC LIMIT " + limit,
                row -> new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                        row.getString(5), Json.createReader(new StringReader(row.getString(6))).readObject()),
                before == null ? new Object[0] : new Object[] {before});
    }
}
