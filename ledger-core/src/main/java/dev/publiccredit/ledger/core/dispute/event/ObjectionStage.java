package dev.publiccredit.ledger.core.dispute.event;

/** The first decision on an objection, or the decision on its one review (复核). */
public enum ObjectionStage { FIRST, REVIEW }
