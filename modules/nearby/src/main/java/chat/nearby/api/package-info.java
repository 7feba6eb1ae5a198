/**
 * What the nearby module offers other modules: face-to-face rooms by a 4-digit code and position, and the groups made from them.
 * Its service interfaces, records and event types arrive with the issue that builds the module.
 */
package chat.nearby.api;
