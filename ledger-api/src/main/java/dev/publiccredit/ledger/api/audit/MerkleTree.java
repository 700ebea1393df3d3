package dev.publiccredit.ledger.api.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over SHA-256: the leaf hash {@code SHA-256(0x00 || data)}, the interior node
 * {@code SHA-256(0x01 || left || right)}, a tree of n > 1 leaves split at k, the largest power of two smaller than n;
 * the audit path of a leaf (§2.1.3.1) and the consistency proof between two sizes (§2.1.4.1). The methods take the
 * leaf hashes in leaf order and compute every node they need from them: O(n) hashing per root or proof.
 */
public final class MerkleTree {

    public static final int HASH_BYTES = 32;

    private MerkleTree() {
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        digest.update(data);
        return digest.digest();
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** MTH(D[n]) over these leaf hashes; the hash of the empty string for no leaves. */
    public static byte[] root(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return sha256().digest();
        }
        if (n == 1) {
            return leafHashes.get(0);
        }
        int k = split(n);
        return nodeHash(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
    }

    /** PATH(m, D[n]): the audit path of leaf {@code m} in the tree of these leaves, from the leaf up. */
    public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int m) {
        if (m < 0 || m >= leafHashes.size()) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(leafHashes, m, path);
        return path;
    }

    /**
     * PROOF(m, D[n]): the consistency proof between the tree of the first {@code m} leaves and the tree of all of
     * them; empty when m is 0 or n (nothing to prove).
     */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int m) {
        int n = leafHashes.size();
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("size " + m + " is not between 0 and " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            collectSubproof(leafHashes, m, true, proof);
        }
        return proof;
    }

    private static void collectPath(List<byte[]> leaves, int m, List<byte[]> path) {
        int n = leaves.size();
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            collectPath(leaves.subList(0, k), m, path);
            path.add(root(leaves.subList(k, n)));
        } else {
            collectPath(leaves.subList(k, n), m - k, path);
            path.add(root(leaves.subList(0, k)));
        }
    }

    private static void collectSubproof(List<byte[]> leaves, int m, boolean complete, List<byte[]> proof) {
        int n = leaves.size();
        if (m == n) {
            if (!complete) {
                proof.add(root(leaves));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            collectSubproof(leaves.subList(0, k), m, complete, proof);
            proof.add(root(leaves.subList(k, n)));
        } else {
            collectSubproof(leaves.subList(k, n), m - k, false, proof);
            proof.add(root(leaves.subList(0, k)));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
