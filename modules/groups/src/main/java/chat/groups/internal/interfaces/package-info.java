/**
 * The groups module's REST resources (groups, members, direct chats, invites and the operator's
 * calls) and the records they read and answer, bound by JSON-B and documented for OpenAPI.
 */
package chat.groups.internal.interfaces;
