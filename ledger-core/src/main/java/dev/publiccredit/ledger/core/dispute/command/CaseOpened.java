package dev.publiccredit.ledger.core.dispute.command;

import java.util.UUID;

/**
 * The answer to opening an objection or a repair application: its id, and whether the same case was already open
 * (an identical submission while it is open stores nothing and answers the existing case).
 */
public record CaseOpened(UUID caseId, boolean duplicate) {
}
