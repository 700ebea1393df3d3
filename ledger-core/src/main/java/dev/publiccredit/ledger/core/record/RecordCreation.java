package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;

import java.time.LocalDate;

/**
 * What a new record's first event says: the submission checked against the record rules once more, with the
 * publicity window and the double-publicity timeliness decided by the policies. A pure function of the command and
 * the policies, shared by the {@link CreditRecord} command handlers and the bulk ingest of files, so that a record
 * stored either way carries the same event.
 */
public final class RecordCreation {

    private RecordCreation() {
    }

    /** The event that records this penalty; {@link InvalidRecordContent} when a record rule is broken. */
    public static PenaltyRecorded penaltyRecorded(RecordPenalty command, RecordPolicies policies) {
        requireDerivedId(command.recordId(), command.source());
        RecordContent submitted = new RecordContent(RecordCategory.PENALTY, command.source(), command.subject(),
                command.disclosure(), command.severity(), command.details(), null);
        requireValid(submitted, command.submittedOn());
        LocalDate decided = command.details().decisionDate();
        return new PenaltyRecorded(command.recordId(), command.source(), command.subject(), command.details(),
                command.disclosure(), command.severity(),
                policies.publicity().penaltyWindow(command.severity(), decided),
                policies.doublePublicity().assess(decided, command.submittedOn()),
                command.submittedAt());
    }

    /** The event that records this licence; {@link InvalidRecordContent} when a record rule is broken. */
    public static LicenceRecorded licenceRecorded(RecordLicence command, RecordPolicies policies) {
        requireDerivedId(command.recordId(), command.source());
        RecordContent submitted = new RecordContent(RecordCategory.LICENCE, command.source(), command.subject(),
                command.disclosure(), null, null, command.details());
        requireValid(submitted, command.submittedOn());
        LocalDate decided = command.details().decisionDate();
        return new LicenceRecorded(command.recordId(), command.source(), command.subject(), command.details(),
                command.disclosure(), policies.publicity().licenceWindow(decided),
                policies.doublePublicity().assess(decided, command.submittedOn()),
                command.submittedAt());
    }

    private static void requireDerivedId(RecordId id, RecordSource source) {
        if (!id.equals(RecordId.forSource(source.department(), source.sourceRecordId()))) {
            throw new IllegalArgumentException("record id " + id + " is not derived from its source");
        }
    }

    private static void requireValid(RecordContent content, LocalDate today) {
        var violations = RecordRules.check(content, today);
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }
}
