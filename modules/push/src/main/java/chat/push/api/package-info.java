/**
 * The push module publishes no types to other modules: no module calls it. Devices reach it through
 * its REST resource ({@code /api/v1/devices/current/push}); it hears of stored messages through the
 * messaging module's events and asks the groups and identity APIs who should hear of them.
 */
package chat.push.api;
