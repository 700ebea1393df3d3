package dev.publiccredit.ledger.projections.dispute;

/** The two kinds of case: an objection to a record (异议), or an application to repair it (信用修复). */
public enum CaseType { OBJECTION, REPAIR }
