package chat.redpack.internal.domain;

/** The ledger's account ids. */
public final class Accounts {

    /** Where top-ups and company credits come from; its balance is minus what was brought in. */
    public static final String EXTERNAL = "external";

    private Accounts() {
    }

    public static String wallet(String userId) {
        return "user:" + userId;
    }

    /** A packet's unclaimed money between its send and its claims or refund. */
    public static String escrow(String packetId) {
        return "escrow:" + packetId;
    }
}
