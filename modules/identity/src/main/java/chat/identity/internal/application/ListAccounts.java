package chat.identity.internal.application;

import chat.identity.internal.domain.AccountDirectory;
import chat.identity.internal.domain.AccountSummary;
import chat.platform.rest.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The operator's list of accounts: found by username or nickname, a page at a time in username order. */
@ApplicationScoped
public class ListAccounts {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    AccountDirectory accounts;

    public KeysetPage<AccountSummary> find(String q, String after, Integer limit) {
        String text = KeysetPage.searchText(q);
        String from = KeysetPage.after(after);
        return KeysetPage.read(limit == null ? DEFAULT_LIMIT : limit, n -> accounts.find(text, from, n),
                AccountSummary::username);
    }
}
