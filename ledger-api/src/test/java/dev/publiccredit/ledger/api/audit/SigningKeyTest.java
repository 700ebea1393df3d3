package dev.publiccredit.ledger.api.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tree-head key: from configuration, or generated into a key file once and read from it afterwards. */
class SigningKeyTest {

    private static final byte[] MESSAGE = "tree head".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void withoutAConfiguredKey_aKeyIsGeneratedIntoTheFileOnceAndReadAfterwards() throws Exception {
        Path file = directory.resolve("keys/audit-signing-key");
        SigningKey first = SigningKey.load("", file);
        assertThat(file).exists();
        String stored = Files.readString(file);
        SigningKey second = SigningKey.load(null, file);
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(Files.readString(file)).isEqualTo(stored);
        assertThat(jdkVerify(first.publicKey(), second.sign(MESSAGE))).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aConfiguredKeyWinsOverTheFile_andItsPublicKeyVerifiesItsSignatures() throws Exception {
        String pkcs8 = SigningKey.generatePkcs8();
        Path file = directory.resolve("audit-signing-key");
        SigningKey key = SigningKey.load(pkcs8, file);
        assertThat(file).doesNotExist();
        assertThat(jdkVerify(key.publicKey(), key.sign(MESSAGE))).isTrue();
        assertThat(SigningKey.load(pkcs8, file).keyId()).isEqualTo(key.keyId());
        assertThat(key.keyId()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.publicKey())));
        assertThat(SigningKey.load(SigningKey.generatePkcs8(), file).keyId()).isNotEqualTo(key.keyId());
    }

    @Test
    void aKeyThatIsNotEd25519Pkcs8StopsTheStart() {
        assertThatThrownBy(() -> SigningKey.load("bm90IGEga2V5", directory.resolve("k")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger.audit.signing-key");
        assertThatThrownBy(() -> SigningKey.load("%%%", directory.resolve("k")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void verifyAcceptsOnlyTheKeysOwnSignatureOfTheMessage() {
        SigningKey key = SigningKey.load(SigningKey.generatePkcs8(), directory.resolve("k"));
        byte[] signature = key.sign(MESSAGE);
        assertThat(SigningKey.verify(key.publicKey(), MESSAGE, signature)).isTrue();
        assertThat(SigningKey.verify(key.publicKey(), "other".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        SigningKey other = SigningKey.load(SigningKey.generatePkcs8(), directory.resolve("k"));
        assertThat(SigningKey.verify(other.publicKey(), MESSAGE, signature)).isFalse();
    }

    private static boolean jdkVerify(byte[] x509, byte[] signature) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }
}
