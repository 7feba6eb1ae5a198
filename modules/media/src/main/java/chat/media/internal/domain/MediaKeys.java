package chat.media.internal.domain;

/** The secret that signs media links; every node of a cluster needs the same one. */
public interface MediaKeys {

    byte[] linkKey();
}
