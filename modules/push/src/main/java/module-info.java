/**
 * The push module: reaches devices with no live connection, through Web Push (RFC 8030, 8291,
 * 8292) and a webhook to a company's own push gateway. Other modules see only {@code chat.push.api}.
 */
module chat.push {
    // "exports chat.push.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
    requires chat.identity;
    requires chat.groups;
    requires chat.messaging;
    requires com.zerodeplibs.webpush;
    requires java.net.http;
    requires java.sql;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.ws.rs;
    requires jakarta.transaction;
    requires microprofile.config.api;
    requires microprofile.jwt.auth.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.push.internal.application to jakarta.cdi;
    opens chat.push.internal.infrastructure to jakarta.cdi;
    opens chat.push.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
