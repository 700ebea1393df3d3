package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.support.Rfc9162;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Merkle tree against the test vectors of the Certificate Transparency reference implementation (RFC 6962 trees
 * of 8 small leaves), and its proofs against the independent RFC 9162 verifier for every tree up to 33 leaves.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaf inputs of the CT test vectors. */
    private static final List<byte[]> INPUTS = List.of(
            HEX.parseHex(""), HEX.parseHex("00"), HEX.parseHex("10"), HEX.parseHex("2021"), HEX.parseHex("3031"),
            HEX.parseHex("40414243"), HEX.parseHex("5051525354555657"),
            HEX.parseHex("606162636465666768696a6b6c6d6e6f"));

    /** The root of the tree of the first i + 1 inputs. */
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void rootsOfTheKnownTrees() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves(size)))).as("size " + size)
                    .isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void inclusionPathsOfTheKnownTrees() {
        assertThat(hex(MerkleTree.inclusionPath(leaves(8), 0))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.inclusionPath(leaves(8), 5))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.inclusionPath(leaves(3), 2))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(MerkleTree.inclusionPath(leaves(1), 0)).isEmpty();
    }

    @Test
    void consistencyProofsOfTheKnownTrees() {
        assertThat(hex(MerkleTree.consistencyProof(leaves(8), 1))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.consistencyProof(leaves(8), 6))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.consistencyProof(leaves(5), 2))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.consistencyProof(leaves(5), 5)).isEmpty();
        assertThat(MerkleTree.consistencyProof(leaves(5), 0)).isEmpty();
    }

    @Test
    void everyProofOfTreesUpTo33LeavesVerifiesIndependently() {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            all.add(Rfc9162.leafHash(("event " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (int n = 1; n <= all.size(); n++) {
            List<byte[]> tree = all.subList(0, n);
            byte[] root = MerkleTree.root(tree);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionPath(tree, m);
                assertThat(Rfc9162.verifyInclusion(m, n, path, tree.get(m), root)).as("leaf %d of %d", m, n)
                        .isTrue();
                assertThat(Rfc9162.verifyInclusion(m, n, path, all.get((m + 1) % all.size()), root))
                        .as("another leaf hash").isFalse();
            }
            for (int m = 1; m < n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(tree, m);
                byte[] firstRoot = MerkleTree.root(tree.subList(0, m));
                assertThat(Rfc9162.verifyConsistency(m, n, firstRoot, root, proof)).as("%d to %d", m, n).isTrue();
                assertThat(Rfc9162.verifyConsistency(m, n, root, root, proof)).as("wrong first root").isFalse();
            }
        }
    }

    @Test
    void aChangedLeafChangesTheRootAndFailsTheOldProofs() {
        List<byte[]> tree = new ArrayList<>(leaves(8));
        byte[] root = MerkleTree.root(tree);
        List<byte[]> path = MerkleTree.inclusionPath(tree, 3);
        tree.set(5, MerkleTree.leafHash(HEX.parseHex("41")));
        assertThat(MerkleTree.root(tree)).isNotEqualTo(root);
        assertThat(Rfc9162.verifyInclusion(3, 8, path, tree.get(3), MerkleTree.root(tree))).isFalse();
    }

    @Test
    void proofsOfLeavesOrSizesOutsideTheTreeAreRefused() {
        assertThatThrownBy(() -> MerkleTree.inclusionPath(leaves(3), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(leaves(3), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFrontierGrownLeafByLeaf_hasTheRootOfEveryPrefix_andSurvivesItsBytes() {
        List<byte[]> all = new ArrayList<>();
        MerkleTree.Frontier frontier = new MerkleTree.Frontier();
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(List.of()));
        for (int i = 0; i < 70; i++) {
            byte[] leaf = Rfc9162.leafHash(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.add(leaf);
            frontier.append(leaf);
            assertThat(frontier.size()).isEqualTo(i + 1);
            assertThat(frontier.root()).as("size %d", i + 1).isEqualTo(Rfc9162.root(all));
            byte[] bytes = frontier.toBytes();
            assertThat(bytes).hasSize(Integer.bitCount(i + 1) * MerkleTree.HASH_BYTES);
            MerkleTree.Frontier read = MerkleTree.Frontier.of(i + 1, bytes);
            assertThat(read.root()).isEqualTo(frontier.root());
        }
        MerkleTree.Frontier first37 = new MerkleTree.Frontier();
        all.subList(0, 37).forEach(first37::append);
        MerkleTree.Frontier resumed = MerkleTree.Frontier.of(37, first37.toBytes());
        all.subList(37, 70).forEach(resumed::append);
        assertThat(resumed.root()).isEqualTo(Rfc9162.root(all));
        assertThatThrownBy(() -> MerkleTree.Frontier.of(3, new byte[32])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesOfOnePass_mayOverlap_andAShortSourceIsAnError() {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            all.add(Rfc9162.leafHash(new byte[]{(byte) i}));
        }
        List<MerkleTree.Range> ranges = new ArrayList<>(MerkleTree.proofRanges(6, 21));
        ranges.add(new MerkleTree.Range(0, 6));
        ranges.add(new MerkleTree.Range(0, 21));
        ranges.add(new MerkleTree.Range(5, 5));
        List<byte[]> hashes = MerkleTree.hashRanges(ranges, MerkleTree.of(all));
        assertThat(hashes.subList(0, hashes.size() - 3))
                .containsExactlyElementsOf(MerkleTree.consistencyProof(all, 6));
        assertThat(hashes.get(hashes.size() - 3)).isEqualTo(Rfc9162.root(all.subList(0, 6)));
        assertThat(hashes.get(hashes.size() - 2)).isEqualTo(Rfc9162.root(all));
        assertThat(hashes.get(hashes.size() - 1)).isEqualTo(MerkleTree.root(List.of()));
        assertThatThrownBy(() -> MerkleTree.hashRanges(List.of(new MerkleTree.Range(0, 22)), MerkleTree.of(all)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> MerkleTree.hashRanges(List.of(new MerkleTree.Range(0, 3)),
                (from, to, leaf) -> leaf.accept(all.get(0)))).isInstanceOf(IllegalStateException.class);
    }

    private static List<byte[]> leaves(int size) {
        return INPUTS.subList(0, size).stream().map(MerkleTree::leafHash).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
