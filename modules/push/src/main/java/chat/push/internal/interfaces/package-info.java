/** The push REST resource: a device's subscription and the server's VAPID public key. */
package chat.push.internal.interfaces;
