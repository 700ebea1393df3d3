package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisationView;
import dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisations;
import dev.publiccredit.ledger.projections.profile.CreditProfileView;
import dev.publiccredit.ledger.projections.record.RecordView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which records the caller may see, by role and disclosure class (docs/disclosure.md). Every read that shows a record
 * or a profile asks here; nothing else decides it.
 * <ul>
 *   <li>AUDITOR: every record.</li>
 *   <li>DEPARTMENT: its own department's records of any class; others' PUBLIC and SHARED records; AUTHORIZED records
 *       of a subject while the department holds an authorisation of that subject valid today (the id relied on is
 *       kept in the {@link AccessContext}).</li>
 *   <li>DISPUTE_HANDLER: every record read one by one ({@link Scope#RECORD}: it handles objections and repairs on any
 *       record); in profiles PUBLIC and SHARED records only, as a department without records of its own.</li>
 *   <li>PUBLIC and ADMIN: PUBLIC records only (they read the public view, which also applies the publicity window).</li>
 * </ul>
 * A record the caller may not see does not exist for it: 404, and left out of profiles with the counts recomputed.
 */
@Component
public class RecordVisibility {

    /** How a record is read: on its own (record, history, notice, case views), or as part of a subject's profile. */
    public enum Scope { RECORD, PROFILE }

    private final SubjectAuthorisations authorisations;
    private final Clock clock;

    public RecordVisibility(SubjectAuthorisations authorisations, Clock clock) {
        this.authorisations = authorisations;
        this.clock = clock;
    }

    /** The record, if the caller may see it; otherwise 404 as if it did not exist. */
    public RecordView requireVisible(RecordView record) {
        if (!visible(Caller.current(), Scope.RECORD, record.subject().code(), record.sourceDepartment(),
                record.disclosure().name(), new HashMap<>())) {
            throw new NotFound("No record " + record.recordId() + ".");
        }
        return record;
    }

    /** The profile with only the records the caller may see, counts recomputed; empty if it may see none. */
    public Optional<CreditProfileView> visibleProfile(CreditProfileView profile) {
        Caller caller = Caller.current();
        Map<String, Boolean> authorised = new HashMap<>();
        CreditProfileView shown = profile.only(r -> visible(caller, Scope.PROFILE, profile.subject().code(),
                r.sourceDepartment(), r.disclosure(), authorised));
        return shown.licences().isEmpty() && shown.penalties().isEmpty() ? Optional.empty() : Optional.of(shown);
    }

    /**
     * Whether {@code caller} may see a record of {@code disclosure} from {@code sourceDepartment} about
     * {@code subjectCode}. {@code authorised} caches the authorisation look-up per subject within one read.
     */
    boolean visible(Caller caller, Scope scope, String subjectCode, String sourceDepartment, String disclosure,
                    Map<String, Boolean> authorised) {
        if (caller.is(Role.AUDITOR) || disclosure.equals(DisclosureClass.PUBLIC.name())) {
            return true;
        }
        if (caller.is(Role.DISPUTE_HANDLER)
                && (scope == Scope.RECORD || disclosure.equals(DisclosureClass.SHARED.name()))) {
            return true;
        }
        if (!caller.is(Role.DEPARTMENT) || caller.department() == null) {
            return false;
        }
        if (caller.department().value().equals(sourceDepartment)
                || disclosure.equals(DisclosureClass.SHARED.name())) {
            return true;
        }
        return disclosure.equals(DisclosureClass.AUTHORIZED.name())
                && authorised.computeIfAbsent(subjectCode, code -> authorisedToday(caller.department().value(), code));
    }

    private boolean authorisedToday(String department, String subjectCode) {
        Optional<SubjectAuthorisationView> valid = authorisations.validFor(department, subjectCode,
                LocalDate.now(clock));
        valid.ifPresent(a -> AccessContext.reliedOn(a.authorisationId()));
        return valid.isPresent();
    }
}
