package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tree head starts from the frontier stored with the head before and hashes only the leaves appended since; its
 * root is the root of every leaf, read and hashed from scratch. A stored frontier that does not fold to its head's
 * signed root is not used. The leaves are streamed from the table in pages.
 */
class TreeHeadFrontierTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TreeHeads treeHeads;

    @Autowired
    AuditLog auditLog;

    @Test
    void eachHeadExtendsTheFrontierOfTheHeadBefore_andHasTheRootOfAllItsLeaves() {
        TreeHead first = issueAfter(submitPenalties(3));
        assertThat(first.rootHash()).isEqualTo(MerkleTree.root(allLeaves(first.treeSize())));
        assertThat(storedFrontier(first)).hasSize(Long.bitCount(first.treeSize()) * MerkleTree.HASH_BYTES);

        TreeHead second = issueAfter(submitPenalties(5));
        assertThat(second.treeSize()).isGreaterThanOrEqualTo(first.treeSize() + 5);
        assertThat(second.rootHash()).isEqualTo(MerkleTree.root(allLeaves(second.treeSize())));
        assertThat(MerkleTree.Frontier.of(second.treeSize(), storedFrontier(second)).root())
                .isEqualTo(second.rootHash());
    }

    @Test
    void aStoredFrontierThatDoesNotFoldToItsSignedRoot_isNotUsed() {
        TreeHead head = issueAfter(submitPenalties(2));
        byte[] frontier = storedFrontier(head);
        byte[] forged = new byte[frontier.length];
        long headId = headId(head);
        jdbc.sql("UPDATE audit_tree_head SET frontier = ? WHERE head_id = ?").params(forged, headId).update();
        try {
            assertThat(auditLog.latestFrontier().map(MerkleTree.Frontier::toBytes)).as("the forged frontier")
                    .isNotEqualTo(java.util.Optional.of(forged));
            TreeHead next = issueAfter(submitPenalties(1));
            assertThat(next.rootHash()).isEqualTo(MerkleTree.root(allLeaves(next.treeSize())));
        } finally {
            jdbc.sql("UPDATE audit_tree_head SET frontier = ? WHERE head_id = ?").params(frontier, headId).update();
        }
    }

    @Test
    void theLeavesAreStreamedInPages_inLeafOrder_andAHoleIsAnError() {
        long size = issueAfter(submitPenalties(4)).treeSize();
        List<byte[]> streamed = new ArrayList<>();
        auditLog.leafHashes(3).forEach(0, size, streamed::add);
        assertThat(streamed).containsExactlyElementsOf(allLeaves(size));

        List<byte[]> tail = new ArrayList<>();
        auditLog.leafHashes(2).forEach(size - 3, size, tail::add);
        assertThat(tail).containsExactlyElementsOf(allLeaves(size).subList((int) size - 3, (int) size));

        long beyond = auditLog.size() + 1_000;
        assertThatThrownBy(() -> auditLog.leafHashes(2).forEach(beyond, beyond + 2, leaf -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0 leaves from index " + beyond);
    }

    private long submitPenalties(int count) {
        long position = 0;
        for (int i = 0; i < count; i++) {
            HttpJson.Response penalty = http.post("/api/v1/penalties", Submissions.penalty("SAMR-FRONTIER",
                    Submissions.nextSourceId("F"), newCompanyCode(), TODAY.minusDays(i + 1)));
            assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
            position = Long.parseLong(penalty.header("X-Ledger-Position"));
        }
        return position;
    }

    /** A head issued once the audit log has the event at this position (through the API, as an auditor would). */
    private TreeHead issueAfter(long position) {
        HttpJson.Response answer = http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position",
                Long.toString(position));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        long size = answer.json().get("treeSize").asLong();
        return jdbc.sql("""
                        SELECT tree_size, root_hash, issued_at, key_id, signature FROM audit_tree_head
                        WHERE tree_size = ? ORDER BY head_id DESC LIMIT 1""")
                .param(size)
                .query((rs, n) -> new TreeHead(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getBytes(5)))
                .single();
    }

    private long headId(TreeHead head) {
        return jdbc.sql("SELECT head_id FROM audit_tree_head WHERE signature = ?").param(head.signature())
                .query(Long.class).single();
    }

    private byte[] storedFrontier(TreeHead head) {
        return jdbc.sql("SELECT frontier FROM audit_tree_head WHERE head_id = ?").param(headId(head))
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private List<byte[]> allLeaves(long size) {
        return jdbc.sql("SELECT leaf_hash FROM audit_log_leaf WHERE leaf_index < ? ORDER BY leaf_index")
                .param(size).query((rs, n) -> rs.getBytes(1)).list();
    }
}
