package chat.redpack.internal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ErrorCode;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.TransferKind;

/** Balances by account and one line per transfer that moved money; the external account may go below zero. */
class InMemoryLedger implements Ledger {

    final Map<String, Long> balances = new HashMap<>();
    final List<String> moved = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    void fund(String account, long cents) {
        balances.merge(account, cents, Long::sum);
    }

    @Override
    public boolean transfer(String key, TransferKind kind, String from, String to, long cents) {
        if (keys.contains(key)) {
            return false;
        }
        if (!from.equals(Accounts.EXTERNAL) && balance(from) < cents) {
            throw new ConflictException(ErrorCode.INSUFFICIENT_FUNDS, from + " has less than " + cents);
        }
        keys.add(key);
        balances.merge(from, -cents, Long::sum);
        balances.merge(to, cents, Long::sum);
        moved.add(kind + " " + key + " " + from + " -> " + to + " " + cents);
        return true;
    }

    @Override
    public long balance(String accountId) {
        return balances.getOrDefault(accountId, 0L);
    }

    @Override
    public long inEscrow() {
        return balances.entrySet().stream().filter(e -> e.getKey().startsWith("escrow:")).mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public LedgerReport check() {
        throw new UnsupportedOperationException("no use case under test checks the ledger");
    }
}
