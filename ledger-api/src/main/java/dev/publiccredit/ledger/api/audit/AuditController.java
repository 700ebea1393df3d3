package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.ReadPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The audit log for auditors (docs/audit.md): signed tree heads, the signing keys, inclusion and consistency proofs
 * (RFC 9162 §2.1), and the verification of the whole event store against the log. Hashes and signatures are lower-case
 * hex; public keys and leaf data base64.
 */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = "application/json")
@Tag(name = "Audit", description = "The tamper-evident log of every stored event")
public class AuditController {

    private static final HexFormat HEX = HexFormat.of();

    private final AuditLog auditLog;
    private final TreeHeads treeHeads;
    private final SigningKey key;
    private final AuditVerification verification;
    private final ReadPosition readPosition;

    public AuditController(AuditLog auditLog, TreeHeads treeHeads, SigningKey key, AuditVerification verification,
                           ReadPosition readPosition) {
        this.auditLog = auditLog;
        this.treeHeads = treeHeads;
        this.key = key;
        this.verification = verification;
        this.readPosition = readPosition;
    }

    /** A signed tree head; {@code signature} is Ed25519 over the bytes described in docs/audit.md. */
    public record TreeHeadView(long treeSize, String rootHash, Instant issuedAt, String keyId, String algorithm,
                               String signature) {
        static TreeHeadView of(TreeHead head) {
            return new TreeHeadView(head.treeSize(), HEX.formatHex(head.rootHash()), head.issuedAt(), head.keyId(),
                    SigningKey.ALGORITHM, HEX.formatHex(head.signature()));
        }
    }

    /** A key that has signed tree heads: X.509 SubjectPublicKeyInfo (DER), base64. */
    public record KeyView(String keyId, String algorithm, String publicKey, @Nullable Instant firstUsedAt) {
    }

    public record PublicKeys(String keyId, String algorithm, String publicKey, List<KeyView> keys) {
    }

    /**
     * The audit path of an event's or a query-log entry's leaf in the tree of {@code treeSize} leaves. {@code leafData}
     * is the canonical bytes of the stored row now (base64): SHA-256(0x00 || leafData) equals {@code leafHash} unless
     * the row was changed; empty when the row is gone. An event's proof names {@code eventId} and {@code globalIndex},
     * an entry's {@code accessEntryId}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InclusionProof(@Nullable String eventId, @Nullable Long globalIndex, @Nullable Long accessEntryId,
                                 long leafIndex, long treeSize, String leafHash, String leafData, String rootHash,
                                 List<String> auditPath) {
    }

    public record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> proof) {
    }

    @GetMapping("/tree-head")
    @Operation(summary = "The latest signed tree head (one is issued if there is none yet)")
    public TreeHeadView treeHead() {
        return TreeHeadView.of(treeHeads.latest());
    }

    @PostMapping("/tree-head")
    @Operation(summary = "Issue a signed tree head over the log as it is now",
            description = "Send X-Ledger-Await-Position with a write's X-Ledger-Position for a head that covers it.")
    public TreeHeadView issueTreeHead(@Parameter(description = "position a write answered; the head covers it")
                                      @RequestHeader(name = ReadPosition.AWAIT, required = false)
                                      @Nullable String awaitPosition) {
        readPosition.await(AuditLogAppender.GROUP, awaitPosition);
        return TreeHeadView.of(treeHeads.issue());
    }

    @GetMapping("/public-key")
    @Operation(summary = "The key that signs tree heads now, and every key that has signed one")
    public PublicKeys publicKey() {
        List<KeyView> keys = auditLog.keys().stream()
                .map(k -> new KeyView(k.keyId(), k.algorithm(), base64(k.publicKey()), k.firstUsedAt())).toList();
        return new PublicKeys(key.keyId(), SigningKey.ALGORITHM, base64(key.publicKey()), keys);
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "The inclusion proof (audit path) of an event (eventId) or a query-log entry "
            + "(accessEntryId) in the tree of treeSize leaves",
            description = "Give one of eventId and accessEntryId. treeSize defaults to the latest signed tree head's, "
                    + "or to a new head if that one does not include the leaf.")
    public InclusionProof inclusion(@RequestParam(required = false) @Nullable String eventId,
                                    @RequestParam(required = false) @Nullable String accessEntryId,
                                    @RequestParam(required = false) @Nullable String treeSize,
                                    @Parameter(description = "position a write answered; waits until it is logged")
                                    @RequestHeader(name = ReadPosition.AWAIT, required = false)
                                    @Nullable String awaitPosition) {
        boolean entry = accessEntryId != null && !accessEntryId.isBlank();
        if (entry && eventId != null && !eventId.isBlank()) {
            throw new InvalidRequest("accessEntryId", "give either eventId or accessEntryId, not both");
        }
        if (!entry && (eventId == null || eventId.isBlank())) {
            throw new InvalidRequest("eventId", "is required (or accessEntryId)");
        }
        if (!entry && eventId.length() > 255) {
            throw new InvalidRequest("eventId", "is longer than an event identifier (255)");
        }
        long entryId = entry ? wholeNumber("accessEntryId", accessEntryId, 1) : 0;
        Long size = treeSize == null ? null : wholeNumber("treeSize", treeSize, 1);
        readPosition.await(AuditLogAppender.GROUP, awaitPosition);
        Proven proven = entry ? entryLeaf(entryId) : eventLeaf(eventId.strip());
        long leafIndex = proven.leafIndex();
        long logSize = auditLog.size();
        if (size == null) {
            TreeHead head = treeHeads.latest();
            size = head.treeSize() > leafIndex ? head.treeSize() : treeHeads.issue().treeSize();
        } else if (size > logSize) {
            throw new InvalidRequest("treeSize", "is beyond the log, which has " + logSize + " leaves");
        } else if (size <= leafIndex) {
            throw new InvalidRequest("treeSize", "must be more than " + leafIndex + ", the leaf index of the "
                    + (entry ? "entry" : "event"));
        }
        List<MerkleTree.Range> ranges = new ArrayList<>(MerkleTree.pathRanges(leafIndex, size));
        ranges.add(new MerkleTree.Range(0, size));
        List<byte[]> hashes = MerkleTree.hashRanges(ranges, auditLog.leafHashes());
        return new InclusionProof(proven.eventId(), proven.globalIndex(), proven.accessEntryId(), leafIndex, size,
                HEX.formatHex(proven.leafHash()), base64(proven.leafData()),
                HEX.formatHex(hashes.get(hashes.size() - 1)), hex(hashes.subList(0, hashes.size() - 1)));
    }

    /** A leaf to prove, and the canonical bytes of its row as stored now (empty when the row is gone). */
    private record Proven(@Nullable String eventId, @Nullable Long globalIndex, @Nullable Long accessEntryId,
                          long leafIndex, byte[] leafHash, byte[] leafData) {
    }

    private Proven eventLeaf(String eventId) {
        AuditLog.Leaf leaf = auditLog.leaf(eventId).orElseThrow(() -> new NotFound(
                "eventId: no event with this id is in the audit log (unknown, or not logged yet)"));
        byte[] data = auditLog.storedEvent(leaf.eventIdentifier()).map(StoredEvent::canonicalBytes)
                .orElse(new byte[0]);
        return new Proven(leaf.eventIdentifier(), leaf.globalIndex(), null, leaf.leafIndex(), leaf.leafHash(), data);
    }

    private Proven entryLeaf(long entryId) {
        AuditLog.EntryLeaf leaf = auditLog.entryLeaf(entryId).orElseThrow(() -> new NotFound(
                "accessEntryId: no query-log entry with this id is in the audit log (unknown, or not logged yet)"));
        byte[] data = auditLog.accessEntry(entryId).map(AccessEntry::canonicalBytes).orElse(new byte[0]);
        return new Proven(null, null, entryId, leaf.leafIndex(), leaf.leafHash(), data);
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "The consistency proof between the trees of `from` and `to` leaves")
    public ConsistencyProof consistency(@RequestParam(required = false) @Nullable String from,
                                        @RequestParam(required = false) @Nullable String to) {
        long first = wholeNumber("from", from, 0);
        long second = wholeNumber("to", to, 0);
        if (first > second) {
            throw new InvalidRequest("from", "must not be greater than to (" + second + ")");
        }
        long logSize = auditLog.size();
        if (second > logSize) {
            throw new InvalidRequest("to", "is beyond the log, which has " + logSize + " leaves");
        }
        List<MerkleTree.Range> ranges = new ArrayList<>(MerkleTree.proofRanges(first, second));
        ranges.add(new MerkleTree.Range(0, first));
        ranges.add(new MerkleTree.Range(0, second));
        List<byte[]> hashes = MerkleTree.hashRanges(ranges, auditLog.leafHashes());
        int proof = hashes.size() - 2;
        return new ConsistencyProof(first, second, HEX.formatHex(hashes.get(proof)),
                HEX.formatHex(hashes.get(proof + 1)), hex(hashes.subList(0, proof)));
    }

    @PostMapping("/verification")
    @Operation(summary = "Start a verification of the whole event store against the log",
            description = "202 with Location: poll it for progress and the result.")
    public ResponseEntity<AuditVerification.JobView> startVerification() {
        AuditVerification.JobView job = verification.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/audit/verification/" + job.id())).body(job);
    }

    @GetMapping("/verification/{verificationId}")
    @Operation(summary = "A verification's progress, and its result once completed")
    public AuditVerification.JobView verification(@PathVariable String verificationId) {
        UUID id;
        try {
            id = UUID.fromString(verificationId);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("verificationId", "is not a verification id (a UUID)");
        }
        return verification.find(id).orElseThrow(() -> new NotFound(
                "No verification with this id on this instance (jobs are kept in memory, the last 100)."));
    }

    private static long wholeNumber(String field, @Nullable String raw, long minimum) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequest(field, "is required");
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(field, "must be a whole number");
        }
        if (value < minimum) {
            throw new InvalidRequest(field, "must be at least " + minimum);
        }
        if (value > Integer.MAX_VALUE) {
            throw new InvalidRequest(field, "is beyond the log");
        }
        return value;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
