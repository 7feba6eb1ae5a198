/**
 * What the groups module offers other modules: who belongs to which conversation with what
 * role, whether a member may post, and the membership events it fires inside the transaction of
 * the change (observers' writes commit or roll back with it).
 */
package chat.groups.api;
