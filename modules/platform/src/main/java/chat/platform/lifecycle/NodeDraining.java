package chat.platform.lifecycle;

/**
 * This node is leaving (a rolling restart): the front door has stopped sending it anything new,
 * and whoever holds clients' connections closes them so that they reconnect to another node.
 */
public record NodeDraining() {
}
