package dev.publiccredit.ledger.core.shared;

/** The disclosure class of a record (社会公开 / 授权查询 / 部门共享), credit-rules §6. */
public enum DisclosureClass {
    /** 社会公开: shown to the public during its publicity period. */
    PUBLIC,
    /** 授权查询: shown only with the subject's authorisation. */
    AUTHORIZED,
    /** 部门共享: shared between government departments only. */
    SHARED
}
