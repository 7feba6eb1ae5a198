/**
 * The messaging module's REST resources (messages of a conversation and the operator's posts) and
 * the records they read and answer, bound by JSON-B.
 */
package chat.messaging.internal.interfaces;
