package chat.loadtest;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full group that {@code big-group} built, kept for {@code members-listing} when both run in
 * one invocation ({@code --scenario big-group,members-listing} or {@code all}), so the listing
 * need not provision the same number of users again.
 */
final class SharedBigGroup {

    /** A group, a token of its owner, and its member count as the owner read it. */
    record BigGroup(String id, String ownerToken, int memberCount) {
    }

    private final AtomicReference<BigGroup> group = new AtomicReference<>();

    void offer(BigGroup built) {
        group.set(built);
    }

    /** The group kept earlier in this run, if it has exactly {@code members} members. */
    Optional<BigGroup> withMembers(int members) {
        return Optional.ofNullable(group.get()).filter(g -> g.memberCount() == members);
    }
}
