/**
 * The messaging module: messages, per-conversation sequence numbers, dedup, media, the
 * recent-message cache, the WebSocket gateway, fan-out and offline push. Other modules see only
 * {@code chat.messaging.api}.
 */
module chat.messaging {
    // "exports chat.messaging.api;" comes with the first api type (issue 6): an empty package cannot be exported.

    requires chat.platform;
    requires chat.identity;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires java.logging;
    requires jakarta.websocket;
    requires jakarta.concurrency;

    // CDI and the WebSocket container create the gateway's beans and endpoint reflectively.
    opens chat.messaging.internal.interfaces.ws to jakarta.cdi, jakarta.websocket;
}
