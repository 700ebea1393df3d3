package dev.publiccredit.ledger.api.audit;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Merkle tree of RFC 9162 §2.1 over SHA-256: the leaf hash {@code SHA-256(0x00 || data)}, the interior node
 * {@code SHA-256(0x01 || left || right)}, a tree of n > 1 leaves split at k, the largest power of two smaller than n;
 * the audit path of a leaf (§2.1.3.1) and the consistency proof between two sizes (§2.1.4.1).
 *
 * <p>Every node a root or proof needs is the tree hash of a range of leaves. The ranges are found from the sizes alone
 * ({@link #pathRanges}, {@link #proofRanges}); their hashes are then computed in one pass over the leaves, in leaf
 * order, each range folded by a {@link Frontier} ({@link #hashRanges}). Memory stays logarithmic in the number of
 * leaves however many there are, so the leaves can be streamed from the database ({@link LeafSource}).
 */
public final class MerkleTree {

    public static final int HASH_BYTES = 32;

    private MerkleTree() {
    }

    /** The leaf hashes {@code [from, to)}, in leaf order. */
    @FunctionalInterface
    public interface LeafSource {
        void forEach(long from, long to, Consumer<byte[]> leafHash);
    }

    /** Leaves {@code [start, end)}, whose tree hash is MTH(D[start:end]). */
    public record Range(long start, long end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("no range [" + start + ", " + end + ")");
            }
        }
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
        return hashRanges(List.of(new Range(0, leafHashes.size())), of(leafHashes)).get(0);
    }

    /** PATH(m, D[n]): the audit path of leaf {@code m} in the tree of these leaves, from the leaf up. */
    public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int m) {
        return hashRanges(pathRanges(m, leafHashes.size()), of(leafHashes));
    }

    /**
     * PROOF(m, D[n]): the consistency proof between the tree of the first {@code m} leaves and the tree of all of
     * them; empty when m is 0 or n (nothing to prove).
     */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int m) {
        return hashRanges(proofRanges(m, leafHashes.size()), of(leafHashes));
    }

    /** The ranges whose tree hashes make the audit path of leaf {@code m} in a tree of {@code n}, leaf first. */
    public static List<Range> pathRanges(long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<Range> path = new ArrayList<>();
        collectPath(0, n, m, path);
        return path;
    }

    /** The ranges whose tree hashes make the consistency proof from size {@code m} to size {@code n}. */
    public static List<Range> proofRanges(long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("size " + m + " is not between 0 and " + n);
        }
        List<Range> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            collectSubproof(0, n, m, true, proof);
        }
        return proof;
    }

    /**
     * The tree hash of each range, in the order given, from one pass over the leaves the ranges cover. Ranges may
     * overlap (a root beside the proof's nodes); each holds a frontier of at most 64 hashes meanwhile.
     */
    public static List<byte[]> hashRanges(List<Range> ranges, LeafSource leaves) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        Frontier[] frontiers = new Frontier[ranges.size()];
        Integer[] byStart = new Integer[ranges.size()];
        long from = Long.MAX_VALUE;
        long to = 0;
        for (int i = 0; i < ranges.size(); i++) {
            frontiers[i] = new Frontier();
            byStart[i] = i;
            from = Math.min(from, ranges.get(i).start());
            to = Math.max(to, ranges.get(i).end());
        }
        Arrays.sort(byStart, Comparator.comparingLong(i -> ranges.get(i).start()));
        List<Integer> active = new ArrayList<>();
        int[] next = {0};
        long[] index = {from};
        leaves.forEach(from, to, hash -> {
            long at = index[0]++;
            while (next[0] < byStart.length && ranges.get(byStart[next[0]]).start() <= at) {
                active.add(byStart[next[0]++]);
            }
            active.removeIf(i -> ranges.get(i).end() <= at);
            for (int i : active) {
                frontiers[i].append(hash);
            }
        });
        if (index[0] != to) {
            throw new IllegalStateException("the log has " + index[0] + " leaves, not " + to);
        }
        List<byte[]> hashes = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            if (frontiers[i].size() != range.end() - range.start()) {
                throw new IllegalStateException("range " + range + " got " + frontiers[i].size() + " leaves");
            }
            hashes.add(frontiers[i].root());
        }
        return hashes;
    }

    /** The leaf hashes of a list, as a source. */
    public static LeafSource of(List<byte[]> leafHashes) {
        return (from, to, leaf) -> {
            for (long i = from; i < to; i++) {
                leaf.accept(leafHashes.get(Math.toIntExact(i)));
            }
        };
    }

    /**
     * The right edge of a tree grown leaf by leaf (the compact range of its leaves): the roots of the perfect
     * subtrees that make its leaves, largest first, one for each bit set in the size. Its {@link #root()} is
     * MTH(D[n]); appending a leaf merges as many perfect subtrees as the size has trailing one bits.
     */
    public static final class Frontier {

        private final List<byte[]> roots = new ArrayList<>();
        private long size;

        public Frontier() {
        }

        /** A frontier as {@link #toBytes()} wrote it, of a tree of {@code size} leaves. */
        public static Frontier of(long size, byte[] bytes) {
            int count = Long.bitCount(size);
            if (bytes.length != count * HASH_BYTES) {
                throw new IllegalArgumentException("a frontier of " + size + " leaves has " + count + " hashes, not "
                        + bytes.length + " bytes");
            }
            Frontier frontier = new Frontier();
            for (int i = 0; i < count; i++) {
                frontier.roots.add(Arrays.copyOfRange(bytes, i * HASH_BYTES, (i + 1) * HASH_BYTES));
            }
            frontier.size = size;
            return frontier;
        }

        public void append(byte[] leafHash) {
            byte[] node = leafHash;
            for (long s = size; (s & 1) == 1; s >>>= 1) {
                node = nodeHash(roots.remove(roots.size() - 1), node);
            }
            roots.add(node);
            size++;
        }

        public long size() {
            return size;
        }

        /** MTH of the leaves appended; the hash of the empty string for none. */
        public byte[] root() {
            if (roots.isEmpty()) {
                return sha256().digest();
            }
            byte[] root = roots.get(roots.size() - 1);
            for (int i = roots.size() - 2; i >= 0; i--) {
                root = nodeHash(roots.get(i), root);
            }
            return root;
        }

        /** The subtree roots, largest first, concatenated. */
        public byte[] toBytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(roots.size() * HASH_BYTES);
            roots.forEach(out::writeBytes);
            return out.toByteArray();
        }
    }

    private static void collectPath(long lo, long hi, long m, List<Range> path) {
        long n = hi - lo;
        if (n <= 1) {
            return;
        }
        long k = split(n);
        if (m < lo + k) {
            collectPath(lo, lo + k, m, path);
            path.add(new Range(lo + k, hi));
        } else {
            collectPath(lo + k, hi, m, path);
            path.add(new Range(lo, lo + k));
        }
    }

    private static void collectSubproof(long lo, long hi, long m, boolean complete, List<Range> proof) {
        long n = hi - lo;
        if (m == hi) {
            if (!complete) {
                proof.add(new Range(lo, hi));
            }
            return;
        }
        long k = split(n);
        if (m <= lo + k) {
            collectSubproof(lo, lo + k, m, complete, proof);
            proof.add(new Range(lo + k, hi));
        } else {
            collectSubproof(lo + k, hi, m, false, proof);
            proof.add(new Range(lo, lo + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
