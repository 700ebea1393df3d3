package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The subject (行政相对人) a record is about, as submitted. {@code code} is the subject's key in the ledger, already
 * validated and normalised: the unified social credit code, the citizen ID number, or for an individual business
 * without a credit code its business registration number (which is then also in {@code registrationNumber}).
 */
public record SubjectDescription(SubjectKind kind, String code, String name, @Nullable String registrationNumber,
                                 @Nullable LegalRepresentative legalRepresentative) {

    public SubjectDescription withName(String newName) {
        return new SubjectDescription(kind, code, newName, registrationNumber, legalRepresentative);
    }
}
