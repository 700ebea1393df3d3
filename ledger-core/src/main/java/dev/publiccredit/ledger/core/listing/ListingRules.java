package dev.publiccredit.ledger.core.listing;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The field rules of listing commands. The API applies them before it sends a command and the aggregate again before
 * it decides; each violation names the field by its name in the request.
 */
public final class ListingRules {

    public static final int SOURCE_ID_LENGTH = 128;
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1949, 10, 1);

    private ListingRules() {
    }

    /** A new listing or notice: its source, subject, reasons and first decision. */
    public static List<FieldViolation> checkNew(ListingKind kind, ListingParticulars particulars,
                                                String documentNumber, LocalDate decidedOn, String removalConditions,
                                                LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        RecordRules.text("sourceListingId", particulars.sourceListingId(), SOURCE_ID_LENGTH, v);
        RecordRules.checkSubject(particulars.subject(), v);
        if (kind == ListingKind.BUSINESS_ANOMALY && particulars.subject().kind() == SubjectKind.NATURAL_PERSON) {
            v.add(new FieldViolation("subject.kind", "the business anomaly list (经营异常名录) is for enterprises "
                    + "and individual businesses, not natural persons"));
        }
        RecordRules.text("grounds", particulars.grounds(), RecordRules.LONG_TEXT, v);
        RecordRules.text("legalBasis", particulars.legalBasis(), RecordRules.LONG_TEXT, v);
        v.addAll(checkDecision(documentNumber, decidedOn, removalConditions, today));
        return v;
    }

    /** A listing decision: its document, its date, and the removal conditions if it states them. */
    public static List<FieldViolation> checkDecision(String documentNumber, LocalDate decidedOn,
                                                     @Nullable String removalConditions, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        RecordRules.text("documentNumber", documentNumber, RecordRules.SHORT_TEXT, v);
        day("decidedOn", decidedOn, today, v);
        RecordRules.optionalText("removalConditions", removalConditions, RecordRules.LONG_TEXT, v);
        if (removalConditions != null && removalConditions.isBlank()) {
            v.add(new FieldViolation("removalConditions", "must not be empty"));
        }
        return v;
    }

    /** A removal: why, and when. */
    public static List<FieldViolation> checkRemoval(String explanation, LocalDate removedOn, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        RecordRules.text("explanation", explanation, RecordRules.LONG_TEXT, v);
        day("removedOn", removedOn, today, v);
        return v;
    }

    private static void day(String field, LocalDate date, LocalDate today, List<FieldViolation> v) {
        if (date.isAfter(today)) {
            v.add(new FieldViolation(field, "must not be in the future (today is " + today + ")"));
        } else if (date.isBefore(EARLIEST_DATE)) {
            v.add(new FieldViolation(field, "must not be before " + EARLIEST_DATE));
        }
    }
}
