package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.DepartmentCode;

/**
 * Who supplied a record (数据来源单位): the department's code in the ledger, its name and credit code, and the
 * department's own id for the record. (department, sourceRecordId) identifies a submission.
 */
public record RecordSource(DepartmentCode department, String departmentName, String departmentCreditCode,
                           String sourceRecordId) {
}
