package chat.redpack.internal.domain;

/** The double-entry ledger: every movement is one transfer of two entries that sum to zero. */
public interface Ledger {

    /**
     * Moves {@code cents} from one account to another, once per {@code key}: true when this call
     * moved it, false when a transfer of that key exists. Throws 409 {@code INSUFFICIENT_FUNDS}
     * (and moves nothing) when {@code from} is a wallet or an escrow without the money.
     */
    boolean transfer(String key, TransferKind kind, String from, String to, long cents);

    /** The account's balance, 0 for an account never used. */
    long balance(String accountId);

    /** The money held in escrow: sent in packets, neither claimed nor refunded yet. */
    long inEscrow();

    /** The whole-ledger check an operator runs. */
    LedgerReport check();

    /** What the check found; {@link #balanced()} when nothing is off. */
    record LedgerReport(long entriesSum, long unbalancedTransfers, long mismatchedBalances, long negativeBalances,
                        long packetsNotAddingUp, long transfers) {

        public boolean balanced() {
            return entriesSum == 0 && unbalancedTransfers == 0 && mismatchedBalances == 0 && negativeBalances == 0
                    && packetsNotAddingUp == 0;
        }
    }
}
