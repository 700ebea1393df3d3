package dev.publiccredit.ledger.api.audit;

import java.time.Instant;

/**
 * A signed tree head: the log had {@code treeSize} leaves with this root at {@code issuedAt} (whole milliseconds).
 * The signature is Ed25519 over {@link #signedBytes()}: the domain tag {@value #HEAD_TAG}, the tree size, the root
 * hash, the issue time in milliseconds since the epoch and the key id, each encoded by {@link FieldEncoder}.
 */
public record TreeHead(long treeSize, byte[] rootHash, Instant issuedAt, String keyId, byte[] signature) {

    public static final String HEAD_TAG = "credit-ledger/tree-head/v1";

    public static byte[] signedBytes(long treeSize, byte[] rootHash, Instant issuedAt, String keyId) {
        return new FieldEncoder()
                .text(HEAD_TAG)
                .number(treeSize)
                .bytes(rootHash)
                .number(issuedAt.toEpochMilli())
                .text(keyId)
                .toByteArray();
    }

    public byte[] signedBytes() {
        return signedBytes(treeSize, rootHash, issuedAt, keyId);
    }
}
