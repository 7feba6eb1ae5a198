/** The wallet, red-packet and operator REST resources. */
package chat.redpack.internal.interfaces;
