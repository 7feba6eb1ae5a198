/**
 * The messaging module's REST resources: messages of a conversation and the operator's posts.
 */
package chat.messaging.internal.interfaces;
