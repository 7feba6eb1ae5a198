/** The nearby REST resource. */
package chat.nearby.internal.interfaces;
