package chat.identity.internal.application;

import java.util.List;

import chat.identity.internal.domain.AccountDirectory;
import chat.identity.internal.domain.AccountSummary;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The operator's list of accounts: found by username or nickname, a page at a time in username order. */
@ApplicationScoped
public class ListAccounts {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final int MAX_QUERY = 100;

    @Inject
    AccountDirectory accounts;

    /** @param next the username to pass as {@code after} for the next page; null on the last */
    public record Page(List<AccountSummary> items, String next) {
    }

    public Page find(String q, String after, Integer limit) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (after != null && (after.isEmpty() || after.length() > MAX_QUERY)) {
            throw new InvalidInputException("after", "must be the next of an earlier page");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        List<AccountSummary> found = accounts.find(text, after, size + 1);
        boolean more = found.size() > size;
        List<AccountSummary> page = more ? found.subList(0, size) : found;
        return new Page(page, more ? page.get(page.size() - 1).username() : null);
    }
}
