/**
 * What the groups module offers other modules: who belongs to which conversation with what
 * role, whether a member may post, and the membership events it publishes after commit.
 */
package chat.groups.api;
