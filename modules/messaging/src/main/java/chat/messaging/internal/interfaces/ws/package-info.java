/**
 * The WebSocket gateway: authenticated connections, their send queues, the node's registry of
 * them, and delivery of frames from any node.
 */
package chat.messaging.internal.interfaces.ws;
