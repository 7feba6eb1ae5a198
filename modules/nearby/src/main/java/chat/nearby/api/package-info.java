/**
 * The nearby module publishes no types to other modules yet: no module calls it. People reach it through its REST
 * resource ({@code /api/v1/nearby/rooms}), and it tells a room's members who is there through the platform's
 * WebSocket user events; it calls the groups and identity APIs, and observes no CDI events.
 */
package chat.nearby.api;
