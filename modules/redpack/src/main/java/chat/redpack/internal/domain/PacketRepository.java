package chat.redpack.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Packets and their claims. */
public interface PacketRepository {

    /**
     * Stores a new packet unless the sender already has one with its {@code clientId}; false then.
     * A concurrent insert of the same pair waits for the other transaction and answers false once it
     * committed, instead of failing on the unique constraint (which would abort the transaction).
     */
    boolean insertIfNew(Packet packet);

    Optional<Packet> find(String packetId);

    Optional<Packet> bySenderAndClientId(String senderId, String clientId);

    /** The packet, locked for the caller's transaction (opens of one packet run one at a time). */
    Optional<Packet> lock(String packetId);

    Optional<Claim> claim(String packetId, String userId);

    List<Claim> claims(String packetId);

    /** Records the claim and takes it off the packet's remaining money and count. */
    void addClaim(Packet packet, Claim claim);

    void markCredited(String packetId, String userId);

    /** Up to {@code limit} claims opened before {@code before} whose credit has not reached the wallet yet. */
    List<Claim> uncredited(Instant before, int limit);

    /** Up to {@code limit} open packets past their expiry, locked; those another node holds are skipped. */
    List<Packet> lockExpired(int limit);

    /** The packet's remaining money went back to the sender. */
    void markExpired(String packetId, long refundedCents);
}
