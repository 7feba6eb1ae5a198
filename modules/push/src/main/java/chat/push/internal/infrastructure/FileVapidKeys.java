package chat.push.internal.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;

import chat.platform.config.KeyFiles;
import chat.push.internal.application.VapidKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The VAPID key pair: {@code CHAT_PUSH_VAPID_PUBLIC_KEY} and {@code CHAT_PUSH_VAPID_PRIVATE_KEY}
 * when configured (base64url: the uncompressed public point and the 32-byte private scalar, as
 * {@code npx web-push generate-vapid-keys} prints them), else a pair made once into
 * {@code var/keys/vapid.keys} (share {@code var/keys} between nodes, as for the token keys).
 */
@ApplicationScoped
class FileVapidKeys implements VapidKeys {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "chat.push.vapid-public-key")
    Optional<String> configuredPublic;

    @Inject
    @ConfigProperty(name = "chat.push.vapid-private-key")
    Optional<String> configuredPrivate;

    private volatile VAPIDKeyPair pair;

    @Override
    public String publicKey() {
        return pair().extractPublicKeyInUncompressedFormAsString();
    }

    /** The pair that signs each push's VAPID token. */
    VAPIDKeyPair pair() {
        if (pair == null) {
            Properties keys = configuredPublic.isPresent() && configuredPrivate.isPresent() ? configured() : fromFile();
            pair = pairOf(keys.getProperty("public"), keys.getProperty("private"));
        }
        return pair;
    }

    private Properties configured() {
        Properties keys = new Properties();
        keys.setProperty("public", configuredPublic.get().trim());
        keys.setProperty("private", configuredPrivate.get().trim());
        return keys;
    }

    private static Properties fromFile() {
        Properties keys = new Properties();
        try {
            keys.load(new StringReader(KeyFiles.readOrMake("vapid.keys", FileVapidKeys::made)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the VAPID keys", e);
        }
        return keys;
    }

    /** A fresh P-256 pair in the file's form. */
    static String made() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var made = generator.generateKeyPair();
            var publicKey = (ECPublicKey) made.getPublic();
            byte[] point = new byte[65];
            point[0] = 0x04;
            copyUnsigned(publicKey.getW().getAffineX(), point, 1);
            copyUnsigned(publicKey.getW().getAffineY(), point, 33);
            byte[] scalar = new byte[32];
            copyUnsigned(((ECPrivateKey) made.getPrivate()).getS(), scalar, 0);
            return "public=" + BASE64URL.encodeToString(point) + "\nprivate=" + BASE64URL.encodeToString(scalar) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make a P-256 key pair", e);
        }
    }

    private static void copyUnsigned(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
    }

    static VAPIDKeyPair pairOf(String publicKey, String privateKey) {
        try {
            var parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
            var scalar = new BigInteger(1, Base64.getUrlDecoder().decode(privateKey));
            var privateKeyObject = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, p256));
            return VAPIDKeyPairs.of(PrivateKeySources.ofECPrivateKey(privateKeyObject),
                    PublicKeySources.ofUncompressedBytes(Base64.getUrlDecoder().decode(publicKey)));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("the VAPID keys are not a base64url P-256 pair (public point, private scalar)", e);
        }
    }
}
