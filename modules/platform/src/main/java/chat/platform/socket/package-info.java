/**
 * The WebSocket gateway's extension point: frame types that other modules answer.
 */
package chat.platform.socket;
