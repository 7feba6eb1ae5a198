/**
 * The platform: what every module shares. It exports what modules may use (errors, JSON, REST
 * plumbing, the outbox, the broker and cache interfaces, database helpers); its health checks,
 * operator endpoints and start-up stay inside. Artemis, Infinispan and Flyway are not here but in
 * the runtime module ({@code modules/platform-runtime}), which implements the interfaces (docs/adr/0002).
 * {@code ModuleBoundariesTest} narrows the exported packages further to the classes modules may name.
 */
open module chat.platform {
    exports chat.platform.audit;
    exports chat.platform.broker;
    exports chat.platform.cache;
    exports chat.platform.config;
    exports chat.platform.db;
    exports chat.platform.errors;
    exports chat.platform.events;
    exports chat.platform.faults;
    exports chat.platform.json;
    exports chat.platform.lifecycle;
    exports chat.platform.metrics;
    exports chat.platform.outbox;
    exports chat.platform.rest;

    requires jakarta.annotation;
    requires jakarta.cdi;
    requires jakarta.concurrency;
    requires jakarta.inject;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.validation;
    requires jakarta.messaging;
    requires jakarta.transaction;
    requires jakarta.ws.rs;
    requires java.logging;
    requires java.sql;
    requires microprofile.config.api;
    requires microprofile.health.api;
    requires microprofile.jwt.auth.api;
    requires microprofile.metrics.api;
    requires org.eclipse.microprofile.openapi;
}
