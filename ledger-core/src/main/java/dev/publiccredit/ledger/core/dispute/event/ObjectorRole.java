package dev.publiccredit.ledger.core.dispute.event;

/** Who raised an objection: the information subject itself, or an agent acting for it. */
public enum ObjectorRole { SUBJECT, AGENT }
