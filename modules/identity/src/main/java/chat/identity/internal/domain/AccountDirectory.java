package chat.identity.internal.domain;

import java.util.List;

/** Every account, for the operator. */
public interface AccountDirectory {

    /**
     * Accounts whose username starts with {@code text} or whose nickname holds it, case aside (all
     * when {@code text} is empty), in username order after {@code afterUsername} (from the start
     * when null); at most {@code limit}.
     */
    List<AccountSummary> find(String text, String afterUsername, int limit);
}
