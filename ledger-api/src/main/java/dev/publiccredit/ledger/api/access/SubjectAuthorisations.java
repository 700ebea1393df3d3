package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.core.shared.DepartmentCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The authorisations (授权) a subject gives a department to read its data. A department reads a subject's access log
 * only while it holds one; the entry of that read names it.
 */
public interface SubjectAuthorisations {

    /** The id of an authorisation of {@code department} by the subject valid on {@code day}; empty when none. */
    Optional<String> validAuthorisation(DepartmentCode department, String subjectCode, LocalDate day);
}
