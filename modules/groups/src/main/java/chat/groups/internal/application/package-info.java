/**
 * The groups module's use cases, one class each: create, open a direct chat, update, disband,
 * list, add, remove, roles, transfer, invites, mutes and settings; with the ports they use.
 */
package chat.groups.internal.application;
