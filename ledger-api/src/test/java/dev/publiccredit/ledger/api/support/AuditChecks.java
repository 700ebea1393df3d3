package dev.publiccredit.ledger.api.support;

import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an auditor does with the audit endpoints, written from docs/audit.md without the ledger's code: rebuild the
 * signed bytes of a tree head, check its Ed25519 signature with the JDK, run a verification to its end.
 */
public final class AuditChecks {

    public static final HexFormat HEX = HexFormat.of();

    private AuditChecks() {
    }

    /** Whether the head's signature verifies with the X.509 public key (base64) served by the ledger. */
    public static boolean signatureValid(JsonNode head, String publicKeyBase64) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(signedBytes(head));
        return verifier.verify(HEX.parseHex(head.get("signature").asString()));
    }

    /** The documented bytes: tag, tree size, root hash, issue time (ms), key id; each as 4-byte length + bytes. */
    public static byte[] signedBytes(JsonNode head) {
        ByteBuffer bytes = ByteBuffer.allocate(1024);
        field(bytes, "credit-ledger/tree-head/v1".getBytes(StandardCharsets.UTF_8));
        field(bytes, ByteBuffer.allocate(8).putLong(head.get("treeSize").asLong()).array());
        field(bytes, HEX.parseHex(head.get("rootHash").asString()));
        field(bytes, ByteBuffer.allocate(8)
                .putLong(Instant.parse(head.get("issuedAt").asString()).toEpochMilli()).array());
        field(bytes, head.get("keyId").asString().getBytes(StandardCharsets.UTF_8));
        byte[] result = new byte[bytes.position()];
        bytes.flip().get(result);
        return result;
    }

    public static byte[] hash(JsonNode node, String field) {
        return HEX.parseHex(node.get(field).asString());
    }

    public static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(h -> hashes.add(HEX.parseHex(h.asString())));
        return hashes;
    }

    /** Starts a verification and polls its Location until it has finished; answers the last view. */
    public static JsonNode verify(HttpJson http) throws InterruptedException {
        HttpJson.Response started = http.post("/api/v1/audit/verification", "");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/v1/audit/verification/");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = http.get(location).json();
            if (!job.get("state").asString().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("verification " + location + " did not finish within 60 s");
    }

    private static void field(ByteBuffer bytes, byte[] value) {
        bytes.putInt(value.length).put(value);
    }
}
