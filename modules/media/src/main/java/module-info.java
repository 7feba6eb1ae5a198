/**
 * The media module: images, audio and video stored apart from the database (content-addressed),
 * sniffed from their bytes, with thumbnails and posters. Other modules see only {@code chat.media.api}.
 */
module chat.media {
    exports chat.media.api;

    requires chat.platform;
    requires chat.groups;
    requires org.apache.tika.core;
    requires jcodec;
    requires java.desktop;
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
    opens chat.media.internal.application to jakarta.cdi;
    opens chat.media.internal.infrastructure to jakarta.cdi;
    opens chat.media.internal.interfaces to jakarta.cdi, jakarta.ws.rs;
}
