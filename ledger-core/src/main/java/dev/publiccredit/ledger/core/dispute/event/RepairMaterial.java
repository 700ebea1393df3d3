package dev.publiccredit.ledger.core.dispute.event;

import org.jspecify.annotations.Nullable;

/** One piece of material: its kind, a reference to where the proof is held (document number, file id), a note. */
public record RepairMaterial(MaterialType type, String reference, @Nullable String description) {
}
