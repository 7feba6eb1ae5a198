/**
 * The groups module: groups, members, roles, mutes, caps, invite links and direct (1:1) chats.
 * Other modules see only {@code chat.groups.api}.
 */
module chat.groups {
    exports chat.groups.api;

    requires chat.platform;
    requires chat.identity;
    requires chat.moderation;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.ws.rs;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.transaction;
    requires java.sql;
    requires java.logging;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.groups.internal.application to jakarta.cdi;
    opens chat.groups.internal.infrastructure to jakarta.cdi;
    opens chat.groups.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
