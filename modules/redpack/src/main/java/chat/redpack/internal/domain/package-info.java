/**
 * The red-packet rules: the double-mean split that never loses a cent, what a packet may be, and
 * the ports of the ledger, the packets and the grab counters.
 */
package chat.redpack.internal.domain;
