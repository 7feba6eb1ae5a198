/**
 * Moderation: the company's content policy (a word list kept by the operator, the company's own
 * moderation service) and the record of what it refused or masked. Other modules see only
 * {@code chat.moderation.api}.
 */
module chat.moderation {
    exports chat.moderation.api;

    requires chat.platform;
    requires ahocorasick;
    requires java.logging;
    requires java.net.http;
    requires java.sql;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.ws.rs;
    requires jakarta.transaction;
    requires jakarta.validation;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.moderation.internal.application to jakarta.cdi;
    opens chat.moderation.internal.infrastructure to jakarta.cdi;
    opens chat.moderation.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
