package chat.groups.api;

/**
 * Face-to-face groups: the people in one nearby room end in one group, made by the first of them
 * to enter. The nearby module chooses the group's id when the room opens, so everyone who enters,
 * however many at once, lands in the same group.
 */
public interface NearbyGroups {

    /**
     * Makes group {@code groupId} with the user as its owner if it does not exist yet, or adds the
     * user to it (nothing for a member already); 409 {@code GROUP_FULL} past its cap, 404 once it
     * was disbanded.
     */
    void enter(String groupId, String name, String userId);
}
