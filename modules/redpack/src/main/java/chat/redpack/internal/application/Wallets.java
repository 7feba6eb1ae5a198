package chat.redpack.internal.application;

import java.util.List;

import chat.identity.api.UserDirectory;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Accounts;
import chat.redpack.internal.domain.Ledger;
import chat.redpack.internal.domain.RedPackRules;
import chat.redpack.internal.domain.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A user's wallet: its balance, top-ups (when the setup allows them) and a company's credits. */
@ApplicationScoped
public class Wallets {

    @Inject
    Ledger ledger;

    @Inject
    UserDirectory users;

    @Inject
    RedPackSettings settings;

    /** What a top-up or credit did: the wallet's balance after it, and whether this call moved the money. */
    public record Funded(long balanceCents, boolean created) {
    }

    public long balance(String userId) {
        return ledger.balance(Accounts.wallet(userId));
    }

    @Transactional
    public Funded topUp(String userId, long amountCents, String clientId) {
        if (!settings.topUps()) {
            throw new ForbiddenException(ErrorCode.TOPUPS_DISABLED, "top-ups are off on this server");
        }
        long amount = RedPackRules.amount(amountCents, settings.maxTopUpCents());
        boolean created = ledger.transfer("topup:" + userId + ":" + RedPackRules.clientId(clientId), TransferKind.TOPUP,
                Accounts.EXTERNAL, Accounts.wallet(userId), amount);
        return new Funded(balance(userId), created);
    }

    /** The operator's credit (a company's red-packet budget), idempotent on the client's id. */
    @Transactional
    public Funded credit(String userId, long amountCents, String clientId) {
        long amount = RedPackRules.amount(amountCents, settings.maxCreditCents());
        String key = "credit:" + userId + ":" + RedPackRules.clientId(clientId);
        if (users.find(List.of(userId)).isEmpty()) {
            throw new NotFoundException("no user " + userId);
        }
        boolean created = ledger.transfer(key, TransferKind.CREDIT, Accounts.EXTERNAL, Accounts.wallet(userId), amount);
        return new Funded(balance(userId), created);
    }
}
