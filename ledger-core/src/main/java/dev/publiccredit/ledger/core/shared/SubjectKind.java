package dev.publiccredit.ledger.core.shared;

/** 行政相对人类别: the kind of subject a credit record is about. */
public enum SubjectKind {
    /** 法人: identified by its unified social credit code. */
    LEGAL_PERSON,
    /** 非法人组织: identified by its unified social credit code. */
    OTHER_ORGANISATION,
    /** 个体工商户: by its credit code, or by its business registration number when it has no credit code. */
    INDIVIDUAL_BUSINESS,
    /** 自然人: identified by the citizen ID number; never disclosed publicly. */
    NATURAL_PERSON
}
