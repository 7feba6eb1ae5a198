/**
 * The groups module's REST resources: groups, members, direct chats, invites and the operator's calls.
 */
package chat.groups.internal.interfaces;
