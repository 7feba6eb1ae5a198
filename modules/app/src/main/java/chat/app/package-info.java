/**
 * The WAR's own wiring: the JAX-RS application and the container's error page. Domain code lives in the modules.
 */
package chat.app;
