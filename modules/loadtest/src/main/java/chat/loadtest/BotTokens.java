package chat.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Operator-issued tokens ({@code POST /api/v1/admin/users/{id}/sessions}) for a list of users. */
final class BotTokens {

    /** The tokens issued (users whose request failed are left out) and how the requests went. */
    record Issued(List<String> tokens, LoopOutcome outcome) {
    }

    private BotTokens() {
    }

    static Issued issue(ChatApi api, List<ChatApi.User> users, int concurrency, Deadline deadline)
            throws InterruptedException {
        AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(users.size());
        LoopOutcome outcome = ConcurrentLoop.run(users.size(), concurrency, deadline,
                i -> tokens.set(i, api.issueBotToken(users.get(i).id(), deadline.cap(ChatApi.REQUEST_TIMEOUT))));
        List<String> issued = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            if (tokens.get(i) != null) {
                issued.add(tokens.get(i));
            }
        }
        return new Issued(issued, outcome);
    }
}
