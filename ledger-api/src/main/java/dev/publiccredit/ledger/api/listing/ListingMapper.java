package dev.publiccredit.ledger.api.listing;

import dev.publiccredit.ledger.api.record.SubmissionMapper;
import dev.publiccredit.ledger.core.listing.ListingRules;
import dev.publiccredit.ledger.core.listing.command.DecideListing;
import dev.publiccredit.ledger.core.listing.command.IssueListingNotice;
import dev.publiccredit.ledger.core.listing.command.ListSubject;
import dev.publiccredit.ledger.core.listing.command.RemoveListing;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.policy.ListingPolicy;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.publiccredit.ledger.api.record.SubmissionMapper.requireValid;
import static dev.publiccredit.ledger.api.record.SubmissionMapper.required;
import static dev.publiccredit.ledger.api.record.SubmissionMapper.text;

/**
 * Turns listing requests into commands, reporting every bad field at once: missing or malformed values first, then
 * the listing rules of the domain and the period allowed for the kind. Nothing is sent while any field is wrong.
 */
final class ListingMapper {

    private ListingMapper() {
    }

    /** A notice for SERIOUS_DISHONESTY, else a listing. */
    static Object create(ListingRequest r, ListingPolicy policy, Instant now, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (r.kind() == null) {
            v.add(new FieldViolation("kind", "is required: one of " + Arrays.toString(ListingKind.values())));
        }
        DepartmentCode department = SubmissionMapper.department(r.sourceDepartment(), v);
        SubjectDescription subject = SubmissionMapper.subject(r.subject(), v);
        RecordId basis = recordId(r.basisRecordId(), v);
        required("decidedOn", r.decidedOn(), v);
        ListingKind kind = r.kind();
        LocalDate decidedOn = r.decidedOn();
        if (!v.isEmpty() || kind == null || department == null || subject == null || decidedOn == null) {
            throw new InvalidRecordContent(v);
        }
        ListingParticulars particulars = new ListingParticulars(department, text(r.sourceListingId()), subject, basis,
                text(r.grounds()), text(r.legalBasis()));
        v.addAll(ListingRules.checkNew(kind, particulars, text(r.documentNumber()), decidedOn,
                text(r.removalConditions()), today));
        ListingId id = ListingId.forSource(department, particulars.sourceListingId());
        if (kind == ListingKind.SERIOUS_DISHONESTY) {
            if (r.periodMonths() != null) {
                v.add(new FieldViolation("periodMonths", "is set by the listing decision "
                        + "(POST /api/v1/listings/{listingId}/decision), not by the notice"));
            }
            requireValid(v);
            return new IssueListingNotice(id, particulars, text(r.documentNumber()), decidedOn,
                    text(r.removalConditions()), now, today);
        }
        policy.checkPeriod(kind, r.periodMonths(), v);
        requireValid(v);
        return new ListSubject(id, kind, particulars, text(r.documentNumber()), decidedOn, r.periodMonths(),
                text(r.removalConditions()), now, today);
    }

    static DecideListing decision(ListingId id, ListingDecisionRequest r, Instant now, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        required("decidedOn", r.decidedOn(), v);
        LocalDate decidedOn = r.decidedOn();
        if (decidedOn == null) {
            throw new InvalidRecordContent(v);
        }
        v.addAll(ListingRules.checkDecision(text(r.documentNumber()), decidedOn, r.removalConditions(), today));
        requireValid(v);
        return new DecideListing(id, text(r.documentNumber()), decidedOn, r.periodMonths(), r.removalConditions(),
                now, today);
    }

    static RemoveListing removal(ListingId id, ListingRemovalRequest r, Instant now, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (r.reason() == null) {
            v.add(new FieldViolation("reason", "is required: one of "
                    + Arrays.toString(ListingRemovalReason.values())));
        }
        required("removedOn", r.removedOn(), v);
        ObjectionId objection = null;
        if (r.objectionId() != null) {
            try {
                objection = ObjectionId.parse(r.objectionId());
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("objectionId", "is not an objection id (a UUID)"));
            }
        }
        if (!v.isEmpty() || r.reason() == null || r.removedOn() == null) {
            throw new InvalidRecordContent(v);
        }
        requireValid(ListingRules.checkRemoval(text(r.explanation()), r.removedOn(), today));
        return new RemoveListing(id, r.reason(), text(r.explanation()), r.removedOn(), objection, now, today);
    }

    private static @Nullable RecordId recordId(@Nullable String raw, List<FieldViolation> v) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return RecordId.parse(raw);
        } catch (IllegalArgumentException e) {
            v.add(new FieldViolation("basisRecordId", "is not a record id (a UUID)"));
            return null;
        }
    }
}
