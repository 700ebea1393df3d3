package dev.publiccredit.ledger.core.listing.event;

import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.jspecify.annotations.Nullable;

/**
 * What a listing is about, fixed when it is created: the deciding department (认定单位) and its own id for the entry
 * ((department, sourceListingId) identifies the listing), the subject, the record the listing rests on if any (a
 * penalty, whose repair lifts the listing's measures), the reasons ({@code grounds}) and the legal basis.
 */
public record ListingParticulars(DepartmentCode department, String sourceListingId, SubjectDescription subject,
                                 @Nullable RecordId basisRecordId, String grounds, String legalBasis) {

    /** The same particulars with surrounding spaces removed from the texts. */
    public ListingParticulars stripped() {
        return new ListingParticulars(department, sourceListingId.strip(), subject, basisRecordId, grounds.strip(),
                legalBasis.strip());
    }
}
