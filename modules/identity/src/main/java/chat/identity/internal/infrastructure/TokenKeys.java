package chat.identity.internal.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

import chat.platform.config.VarDirectory;

/**
 * The RSA key pair that signs tokens: made at first start under {@code var/keys} (outside the
 * repository), read back on every later start. Nodes of one cluster share the directory's files.
 * MicroProfile JWT verifies with the public half ({@link JwtKeyConfigSource}).
 */
final class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());
    static final String PUBLIC_FILE = "jwt-public.pem";
    private static final String PRIVATE_FILE = "jwt-private.pem";

    private TokenKeys() {
    }

    static Path directory() {
        return VarDirectory.resolve("keys");
    }

    /** The signing key, creating the pair when there is none. */
    static synchronized PrivateKey signingKey() {
        Path privateFile = directory().resolve(PRIVATE_FILE);
        try {
            if (!Files.exists(privateFile)) {
                generate(privateFile, directory().resolve(PUBLIC_FILE));
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateFile)
                    .replaceAll("-----[A-Z ]+-----", "").trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token keys in " + directory(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token key in " + privateFile + " is not an RSA key", e);
        }
    }

    private static void generate(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmp = Files.createTempFile(privateFile.getParent(), "jwt", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.warning("cannot restrict permissions of " + privateFile + " on this file system");
        }
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.move(tmp, privateFile);
        LOG.info("generated the token signing key pair in " + privateFile.getParent());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
