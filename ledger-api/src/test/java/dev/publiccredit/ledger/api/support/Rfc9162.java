package dev.publiccredit.ledger.api.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent verifier of Merkle proofs, written from RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency),
 * step by step as numbered there, and the tree hash of §2.1.1 by its definition. It shares no code with the ledger.
 */
public final class Rfc9162 {

    private Rfc9162() {
    }

    /** §2.1.3.2: verifies that {@code leafHash} is leaf {@code leafIndex} of the tree of {@code treeSize} with root. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, List<byte[]> inclusionPath, byte[] leafHash,
                                          byte[] rootHash) {
        // 1. leaf_index must be less than tree_size
        if (leafIndex >= treeSize || leafIndex < 0) {
            return false;
        }
        // 2. fn = leaf_index, sn = tree_size - 1
        long fn = leafIndex;
        long sn = treeSize - 1;
        // 3. r = hash
        byte[] r = leafHash;
        // 4. for each p in inclusion_path
        for (byte[] p : inclusionPath) {
            // a. if sn is 0, fail
            if (sn == 0) {
                return false;
            }
            // b. if LSB(fn) is set, or fn equals sn
            if ((fn & 1) == 1 || fn == sn) {
                // i. r = HASH(0x01 || p || r)
                r = node(p, r);
                // ii. if LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                // otherwise r = HASH(0x01 || r || p)
                r = node(r, p);
            }
            // c. right-shift fn and sn once
            fn >>= 1;
            sn >>= 1;
        }
        // 5. sn is 0 and r equals root_hash
        return sn == 0 && Arrays.equals(r, rootHash);
    }

    /** §2.1.4.2: verifies that the tree of {@code first} leaves with firstHash is a prefix of the tree of second. */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
                                            List<byte[]> consistencyPath) {
        if (first <= 0 || first >= second) {
            return false; // the algorithm is defined for 0 < first < second
        }
        // 1. an empty consistency_path fails
        if (consistencyPath.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        // 2. if first is an exact power of 2, prepend first_hash
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        // 3. fn = first - 1, sn = second - 1
        long fn = first - 1;
        long sn = second - 1;
        // 4. if LSB(fn) is set, right-shift fn and sn until LSB(fn) is not set
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        // 5. fr = sr = first value of the path
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        // 6. for each subsequent value c
        for (byte[] c : path.subList(1, path.size())) {
            // a. if sn is 0, fail
            if (sn == 0) {
                return false;
            }
            // b. if LSB(fn) is set, or fn equals sn
            if ((fn & 1) == 1 || fn == sn) {
                // i. fr = HASH(0x01 || c || fr), sr = HASH(0x01 || c || sr)
                fr = node(c, fr);
                sr = node(c, sr);
                // ii. if LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                // otherwise sr = HASH(0x01 || sr || c)
                sr = node(sr, c);
            }
            // c. right-shift fn and sn once
            fn >>= 1;
            sn >>= 1;
        }
        // 7. fr equals first_hash, sr equals second_hash, and sn is 0
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }

    /** The leaf hash of RFC 9162 §2.1.1: SHA-256(0x00 || data). */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(data);
        return sha.digest();
    }

    /**
     * MTH of RFC 9162 §2.1.1, by its recursive definition: the hash of the empty string for no leaves, the leaf
     * hash for one, else the node of the trees of the first k and the other leaves, k the largest power of two
     * smaller than n.
     */
    public static byte[] root(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return sha256().digest();
        }
        if (n == 1) {
            return leafHashes.get(0);
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return node(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
