/**
 * The unread module: read cursors and unread counts that stop at 99+. Other modules see only {@code chat.unread.api}.
 */
module chat.unread {
    // "exports chat.unread.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
}
