package dev.publiccredit.ledger.api.audit;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs tree heads. Its id is the lower-case hex SHA-256 of its X.509 public key. It comes from
 * configuration (PKCS#8, base64) or from a key file, which is created with a new key at the first start and read at
 * every later one.
 */
public final class SigningKey {

    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SigningKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = keyId(publicKey.getEncoded());
    }

    /** The configured key if there is one, else the key in {@code keyFile}, created there if it does not exist. */
    public static SigningKey load(@Nullable String configuredPkcs8, Path keyFile) {
        if (configuredPkcs8 != null && !configuredPkcs8.isBlank()) {
            return fromPkcs8(configuredPkcs8, "ledger.audit.signing-key");
        }
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return fromPkcs8(Files.readString(keyFile, StandardCharsets.US_ASCII), "the key file " + keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit signing key file " + keyFile, e);
        }
    }

    /** A new key, as PKCS#8 in base64 (what {@code ledger.audit.signing-key} and the key file hold). */
    public static String generatePkcs8() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 platform", e);
        }
    }

    public static String keyId(byte[] x509PublicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(x509PublicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit key", e);
        }
    }

    /** Whether {@code signature} is this algorithm's signature of {@code message} by the X.509 public key given. */
    public static boolean verify(byte[] x509PublicKey, byte[] message, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509PublicKey));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public key as X.509 SubjectPublicKeyInfo (DER). */
    public byte[] publicKey() {
        return publicKey.getEncoded();
    }

    private static void create(Path keyFile) throws IOException {
        Path directory = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".audit-signing-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect the key
            }
            Files.writeString(temporary, generatePkcs8() + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, keyFile);
        } catch (FileAlreadyExistsException e) {
            // another instance created it first: use that one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static SigningKey fromPkcs8(String base64, String source) {
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not an Ed25519 private key in PKCS#8, base64", e);
        }
        if (!(privateKey instanceof EdECPrivateKey edec) || edec.getBytes().isEmpty()) {
            throw new IllegalStateException(source + " is not an Ed25519 private key in PKCS#8, base64");
        }
        KeyPair pair = withPublicKey(edec.getBytes().get());
        if (!Arrays.equals(pair.getPrivate().getEncoded(), privateKey.getEncoded())) {
            throw new IllegalStateException("Cannot derive the public key of " + source);
        }
        return new SigningKey(pair);
    }

    /**
     * The key pair of an Ed25519 private key. The JDK has no call that derives the public key, but its generator
     * takes the 32 private key bytes from the random source it is given; the caller checks the result.
     */
    private static KeyPair withPublicKey(byte[] privateKeyBytes) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(privateKeyBytes));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A "random" source that answers the given bytes, to rebuild a key pair from its private key. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] target) {
            if (target.length != bytes.length) {
                throw new IllegalStateException("unexpected request for " + target.length + " bytes");
            }
            System.arraycopy(bytes, 0, target, 0, target.length);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }
}
