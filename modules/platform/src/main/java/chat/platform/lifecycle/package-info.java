/**
 * The order in which the node's database, cache and broker come up.
 */
package chat.platform.lifecycle;
