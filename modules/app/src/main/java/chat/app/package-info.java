/**
 * The WAR's own wiring: the JAX-RS application. Domain code lives in the modules.
 */
package chat.app;
