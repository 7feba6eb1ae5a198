package chat.redpack.internal.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import chat.platform.db.Sql;
import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.TransferKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ledger in PostgreSQL: a transfer row (unique key), two entries, and both balances changed
 * in the caller's transaction. Balances change in account-id order, so two transfers never lock
 * the same two accounts in opposite orders; a debit that would take a wallet or an escrow below
 * zero changes no row, and the transfer is refused.
 */
@ApplicationScoped
class JdbcLedger implements Ledger {

    @Resource(lookup = "jdbc/chat")
    DataSource dataSource;

    @Override
    public boolean transfer(String key, TransferKind kind, String from, String to, long cents) {
        if (cents <= 0 || from.equals(to)) {
            throw new IllegalArgumentException("a transfer moves a positive amount between two accounts");
        }
        try (Connection c = dataSource.getConnection()) {
            Long transferId = newTransfer(c, key, kind);
            if (transferId == null) {
                return false;
            }
            openAccounts(c, from, to);
            for (String account : Stream.of(from, to).sorted().toList()) {
                boolean debit = account.equals(from);
                if (!change(c, account, debit ? -cents : cents)) {
                    throw new ConflictException(ErrorCode.INSUFFICIENT_FUNDS, "the balance is less than " + cents + " cents");
                }
            }
            try (var entries = c.prepareStatement("INSERT INTO redpack.entries (transfer_id, account_id, amount_cents)"
                    + " VALUES (?, ?, ?), (?, ?, ?)")) {
                entries.setLong(1, transferId);
                entries.setString(2, from);
                entries.setLong(3, -cents);
                entries.setLong(4, transferId);
                entries.setString(5, to);
                entries.setLong(6, cents);
                entries.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("transfer " + key + " failed", e);
        }
    }

    private static Long newTransfer(Connection c, String key, TransferKind kind) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO redpack.transfers (key, kind) VALUES (?, ?)"
                + " ON CONFLICT (key) DO NOTHING RETURNING id")) {
            insert.setString(1, key);
            insert.setString(2, kind.name());
            try (var rows = insert.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static void openAccounts(Connection c, String... ids) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO redpack.accounts (id, kind) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String id : ids) {
                if (!id.equals(Accounts.EXTERNAL)) {
                    insert.setString(1, id);
                    insert.setString(2, id.startsWith("escrow:") ? "ESCROW" : "USER");
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Adds the amount; false when that would take an account that may not go negative below zero. */
    private static boolean change(Connection c, String account, long cents) throws SQLException {
        try (var update = c.prepareStatement("UPDATE redpack.accounts SET balance_cents = balance_cents + ?"
                + " WHERE id = ? AND (kind = 'EXTERNAL' OR balance_cents + ? >= 0)")) {
            update.setLong(1, cents);
            update.setString(2, account);
            update.setLong(3, cents);
            return update.executeUpdate() == 1;
        }
    }

    @Override
    public long balance(String accountId) {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT balance_cents FROM redpack.accounts WHERE id = ?")) {
            select.setString(1, accountId);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the balance of " + accountId, e);
        }
    }

    @Override
    public long inEscrow() {
        return Sql.first(dataSource, "SELECT coalesce(sum(balance_cents), 0) FROM redpack.accounts"
                + " WHERE kind = 'ESCROW' AND balance_cents > 0", rows -> rows.getLong(1)).orElse(0L);
    }

    /** The queries of the ledger check; docs/api.md shows the same SQL for a database console. */
    private static final String CHECK = """
            SELECT
              (SELECT coalesce(sum(amount_cents), 0) FROM redpack.entries),
              (SELECT count(*) FROM (SELECT transfer_id FROM redpack.entries GROUP BY transfer_id
                                     HAVING sum(amount_cents) <> 0 OR count(*) <> 2) t),
              (SELECT count(*) FROM redpack.accounts a
                 WHERE a.balance_cents <> (SELECT coalesce(sum(e.amount_cents), 0) FROM redpack.entries e
                                           WHERE e.account_id = a.id)),
              (SELECT count(*) FROM redpack.accounts WHERE kind <> 'EXTERNAL' AND balance_cents < 0),
              (SELECT count(*) FROM redpack.packets p
                 WHERE p.total_cents <> p.remaining_cents + p.refunded_cents
                       + (SELECT coalesce(sum(amount_cents), 0) FROM redpack.claims c WHERE c.packet_id = p.id)),
              (SELECT count(*) FROM redpack.transfers)
            """;

    @Override
    public LedgerReport check() {
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(CHECK);
             var rows = select.executeQuery()) {
            rows.next();
            return new LedgerReport(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5), rows.getLong(6));
        } catch (SQLException e) {
            throw new IllegalStateException("the ledger check failed", e);
        }
    }
}
