/**
 * The groups module: groups, members, roles, mutes, caps, invite links and direct (1:1) chats. Other modules see only {@code chat.groups.api}.
 */
module chat.groups {
    // "exports chat.groups.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
}
