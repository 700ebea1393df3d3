/**
 * The tamper-evident log (docs/audit.md, ADR 0010): every stored event is a leaf of an append-only Merkle tree in the
 * style of RFC 9162; signed tree heads, inclusion and consistency proofs, and the verification that re-reads the
 * event store. {@link dev.publiccredit.ledger.api.audit.MerkleTree}, {@link dev.publiccredit.ledger.api.audit.FieldEncoder},
 * {@link dev.publiccredit.ledger.api.audit.StoredEvent} and {@link dev.publiccredit.ledger.api.audit.TreeHead} are plain
 * Java without Spring.
 */
@NullMarked
package dev.publiccredit.ledger.api.audit;

import org.jspecify.annotations.NullMarked;
