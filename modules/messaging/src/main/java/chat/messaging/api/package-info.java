/**
 * What the messaging module offers other modules: messages, per-conversation sequence numbers, dedup, media, the recent-message cache, the WebSocket gateway, fan-out and offline push.
 * Its service interfaces, records and event types arrive with the issue that builds the module.
 */
package chat.messaging.api;
