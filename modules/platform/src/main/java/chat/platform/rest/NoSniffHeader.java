package chat.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer carries {@code X-Content-Type-Options: nosniff}: a browser renders media bytes
 * (and JSON) only as the type the server named, so an upload that sniffs as HTML in a browser's
 * eyes never runs as a page of this origin.
 */
@Provider
public class NoSniffHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
