/**
 * The marker every event record carries ({@link chat.platform.events.Event}), so the architecture
 * test can hold each one to being immutable.
 */
package chat.platform.events;
