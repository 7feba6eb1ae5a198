package chat.push.internal.application;

/** The server's VAPID key pair (RFC 8292), the same on every node: push services know the server by it. */
public interface VapidKeys {

    /** The public key as browsers take it ({@code applicationServerKey}): an uncompressed P-256 point, base64url. */
    String publicKey();
}
