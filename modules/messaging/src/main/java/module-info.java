/**
 * The messaging module: messages, per-conversation sequence numbers, dedup, history, recall, the
 * WebSocket gateway and fan-out. Other modules see only {@code chat.messaging.api}.
 */
module chat.messaging {
    exports chat.messaging.api;

    requires chat.platform;
    requires chat.moderation;
    requires com.google.protobuf;
    requires chat.identity;
    requires chat.groups;
    requires chat.media;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.ws.rs;
    requires jakarta.transaction;
    requires jakarta.websocket;
    requires jakarta.concurrency;
    requires java.logging;
    requires java.sql;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;

    // CDI, JAX-RS and the WebSocket container create the internal beans reflectively.
    opens chat.messaging.internal.application to jakarta.cdi;
    opens chat.messaging.internal.infrastructure to jakarta.cdi;
    opens chat.messaging.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
    opens chat.messaging.internal.interfaces.ws to jakarta.cdi, jakarta.websocket;
}
