package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues signed tree heads: every {@code ledger.audit.tree-head-interval} when the log has grown since the latest
 * head, and on request. A head covers the leaves read in one statement, always a prefix of the log.
 */
@Component
@DependsOnDatabaseInitialization
public class TreeHeads {

    private static final Logger log = LoggerFactory.getLogger(TreeHeads.class);

    private final AuditLog auditLog;
    private final SigningKey key;
    private final Clock clock;

    public TreeHeads(AuditLog auditLog, SigningKey key, Clock clock, LedgerProperties properties) {
        this.auditLog = auditLog;
        this.key = key;
        this.clock = clock;
        auditLog.saveKey(key);
        log.info("Tree heads are signed with the {} key {} (every {})", SigningKey.ALGORITHM, key.keyId(),
                properties.audit().treeHeadInterval());
    }

    @Scheduled(fixedDelayString = "${ledger.audit.tree-head-interval}",
            initialDelayString = "${ledger.audit.tree-head-interval}")
    void scheduled() {
        long size = auditLog.size();
        long signed = auditLog.latestHead().map(TreeHead::treeSize).orElse(-1L);
        if (size > signed) {
            TreeHead head = issue();
            log.debug("Signed tree head of size {}", head.treeSize());
        }
    }

    /**
     * A new signed head over the log as it is now. It starts from the frontier of the last head and hashes only the
     * leaves appended since (all of them the first time), streaming them: time and memory do not grow with the log.
     */
    public TreeHead issue() {
        long size = auditLog.size();
        MerkleTree.Frontier frontier = auditLog.latestFrontier().orElseGet(MerkleTree.Frontier::new);
        if (frontier.size() > size) {
            throw new IllegalStateException("the audit log has " + size + " leaves, fewer than the head of "
                    + frontier.size() + " signed before");
        }
        auditLog.leafHashes().forEach(frontier.size(), size, frontier::append);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] root = frontier.root();
        TreeHead head = new TreeHead(size, root, now, key.keyId(),
                key.sign(TreeHead.signedBytes(size, root, now, key.keyId())));
        auditLog.saveHead(head, frontier.toBytes());
        return head;
    }

    /** The newest head; a new one if none has been issued yet. */
    public TreeHead latest() {
        return auditLog.latestHead().orElseGet(this::issue);
    }
}
