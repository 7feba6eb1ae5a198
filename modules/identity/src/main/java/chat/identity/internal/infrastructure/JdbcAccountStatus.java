package chat.identity.internal.infrastructure;

import java.util.Optional;

import javax.sql.DataSource;

import chat.identity.internal.domain.AccountStatus;
import chat.platform.db.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code disabled_at} and {@code token_generation} of {@code identity.users} ({@code V5__disabled_accounts.sql}). */
@ApplicationScoped
class JdbcAccountStatus implements AccountStatus {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public boolean disable(String userId) {
        return Sql.update(dataSource, "UPDATE identity.users SET disabled_at = now(), token_generation = token_generation + 1"
                + " WHERE id = ? AND disabled_at IS NULL", userId) == 1;
    }

    @Override
    public boolean enable(String userId) {
        return Sql.update(dataSource, "UPDATE identity.users SET disabled_at = NULL WHERE id = ? AND disabled_at IS NOT NULL",
                userId) == 1;
    }

    @Override
    public Optional<Standing> standing(String userId) {
        return Sql.first(dataSource, "SELECT disabled_at IS NOT NULL, token_generation FROM identity.users WHERE id = ? FOR SHARE",
                row -> new Standing(row.getBoolean(1), row.getInt(2)), userId);
    }
}
