/**
 * What the messaging module offers other modules: the events of stored messages and who sent one. Sending,
 * history, recall and delivery are reached through REST and the WebSocket gateway.
 */
package chat.messaging.api;
