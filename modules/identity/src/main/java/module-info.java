/**
 * Identity: accounts, password logins, tokens, devices, contacts and presence. Other modules see
 * only {@code chat.identity.api}.
 */
module chat.identity {
    exports chat.identity.api;

    requires chat.platform;
    requires chat.moderation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.ws.rs;
    requires jakarta.servlet;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.messaging;
    requires java.logging;
    requires jakarta.transaction;
    requires java.sql;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;
    requires microprofile.jwt.auth.api;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.identity.internal.application to jakarta.cdi;
    opens chat.identity.internal.infrastructure to jakarta.cdi;
    opens chat.identity.internal.interfaces to jakarta.cdi, jakarta.ws.rs;

    provides org.eclipse.microprofile.config.spi.ConfigSource
            with chat.identity.internal.infrastructure.JwtKeyConfigSource;
}
