/**
 * Events: the marker every event record carries, and frames for users' live connections on any node.
 */
package chat.platform.events;
