/**
 * The nearby module: face-to-face groups by a 4-digit code among people within 50 m. Other modules see only {@code chat.nearby.api}.
 */
module chat.nearby {
    // "exports chat.nearby.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
    requires chat.identity;
    requires chat.groups;
    requires geohash;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.json;
    requires jakarta.json.bind;
    requires jakarta.ws.rs;
    requires microprofile.config.api;
    requires org.eclipse.microprofile.openapi;
    requires jakarta.validation;

    // CDI and JAX-RS create the internal beans and resources reflectively.
    opens chat.nearby.internal.application to jakarta.cdi;
    opens chat.nearby.internal.infrastructure to jakarta.cdi;
    opens chat.nearby.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
