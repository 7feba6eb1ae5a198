package chat.redpack.internal.domain;

/**
 * The grab step, in the shared cache: an atomic decrement of a packet's remaining shares (never
 * below zero) and a marker per user who was granted one. The database decides at open.
 */
public interface Grabs {

    enum Outcome { GRANTED, ALREADY_GRABBED, SOLD_OUT }

    Outcome grab(Packet packet, String userId);

    boolean granted(String packetId, String userId);
}
