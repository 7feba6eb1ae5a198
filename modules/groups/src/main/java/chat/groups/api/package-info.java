/**
 * What the groups module offers other modules: groups, members, roles, mutes, caps, invite links and direct (1:1) chats.
 * Its service interfaces, records and event types arrive with the issue that builds the module.
 */
package chat.groups.api;
