/**
 * The redpack module: the double-entry wallet ledger, red packets, their random split, claims and refunds. Other modules see only {@code chat.redpack.api}.
 */
module chat.redpack {
    // "exports chat.redpack.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
    requires chat.moderation;
    requires chat.identity;
    requires chat.groups;
    requires chat.messaging;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.ws.rs;
    requires jakarta.transaction;
    requires jakarta.concurrency;
    requires java.logging;
    requires java.sql;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.redpack.internal.application to jakarta.cdi;
    opens chat.redpack.internal.infrastructure to jakarta.cdi;
    opens chat.redpack.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
