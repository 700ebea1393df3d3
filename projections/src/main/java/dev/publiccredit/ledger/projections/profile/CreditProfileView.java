package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A subject's credit profile (信用档案) on a given day: identity, current name and its records by category, each with
 * its status on that day.
 */
public record CreditProfileView(Subject subject, LocalDate statusOn, Counts counts, List<ProfileRecord> licences,
                                List<ProfileRecord> penalties) {

    /** The profile from its records, the counts worked out from them. */
    public static CreditProfileView of(Subject subject, LocalDate statusOn, List<ProfileRecord> licences,
                                       List<ProfileRecord> penalties) {
        List<ProfileRecord> all = new ArrayList<>(licences);
        all.addAll(penalties);
        return new CreditProfileView(subject, statusOn, new Counts(licences.size(), penalties.size(),
                count(all, Status.IN_PUBLICITY), count(all, Status.PUBLICITY_ENDED), count(all, Status.REVOKED),
                count(all, Status.REPAIRED), count(all, Status.TEMPORARILY_HIDDEN), count(all, Status.DELETED),
                count(all, Status.DISCLOSURE_STOPPED)), licences, penalties);
    }

    /** The same profile with only the records that pass {@code shown}, and the counts of those records. */
    public CreditProfileView only(Predicate<ProfileRecord> shown) {
        return of(subject, statusOn, licences.stream().filter(shown).toList(),
                penalties.stream().filter(shown).toList());
    }

    private static int count(List<ProfileRecord> records, Status status) {
        return (int) records.stream().filter(r -> r.status() == status).count();
    }

    public record Subject(String kind, String code, String name, Instant firstRecordedAt, Instant lastChangedAt) {
    }

    public record Counts(int licences, int penalties, int inPublicity, int publicityEnded, int revoked, int repaired,
                         int temporarilyHidden, int deleted, int disclosureStopped) {
    }

    /** A record's status on a day; only IN_PUBLICITY is disclosed, the others say why not. */
    public enum Status {
        /** Within its publicity period: disclosed in its disclosure class. */
        IN_PUBLICITY,
        /** Its publicity period has ended: no longer disclosed, kept in the archive. */
        PUBLICITY_ENDED,
        /** Its decision was revoked: no longer disclosed. */
        REVOKED,
        /** Credit repair was granted (已修复): disclosure ended early. */
        REPAIRED,
        /** Hidden for the time being (暂时屏蔽): an enterprise in bankruptcy reorganisation. */
        TEMPORARILY_HIDDEN,
        /** Deleted from view after an objection found a factual error. */
        DELETED,
        /** Disclosure stopped after an objection (shown past its period, or not to be shown). */
        DISCLOSURE_STOPPED;

        /** The status of a record whose disclosure an event ended for this reason. */
        public static Status endedBy(DisclosureEndReason reason) {
            return switch (reason) {
                case PUBLICITY_EXPIRED -> PUBLICITY_ENDED;
                case REPAIRED -> REPAIRED;
                case TEMPORARILY_HIDDEN -> TEMPORARILY_HIDDEN;
                case DELETED_AFTER_OBJECTION -> DELETED;
                case STOPPED_AFTER_OBJECTION -> DISCLOSURE_STOPPED;
            };
        }
    }

    /** A record's repair: repaired (已修复), or temporarily hidden for a reorganising enterprise (暂时屏蔽). */
    public enum RepairStatus {
        REPAIRED("已修复"),
        TEMPORARILY_HIDDEN("暂时屏蔽");

        private final String label;

        RepairStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The objection on a record: the open one (status OPEN, FORWARDED or UNDER_REVIEW, since it was raised or its
     * review asked for; the most recent if a review is open beside a newer objection), or, with none open, the one
     * that left an annotation (status DECIDED or CLOSED, since the decision). {@code annotation} is the record's
     * annotation (异议标注), if any.
     */
    public record Objection(String objectionId, String status, LocalDate since, @Nullable String annotation) {
    }

    /** The repair of a record, by which application, since when; {@code label} is the status as shown (已修复). */
    public record Repair(RepairStatus status, String label, String applicationId, LocalDate since) {
    }

    /**
     * One record. {@code disclosed} is true for status IN_PUBLICITY only. {@code underObjection} is true from the
     * moment an objection is raised until it is decided, and again while its review is open.
     * {@code disclosureEndedOn} is the day an event ended disclosure (expiry sweep, repair, objection), null while
     * disclosed and when only the passing of the latest end ended it.
     */
    public record ProfileRecord(String recordId, String category, String sourceDepartment, String sourceRecordId,
                                String decisionNumber, LocalDate decisionDate, String summary, String disclosure,
                                @Nullable String severity, Status status, PublicityWindow publicityWindow,
                                @Nullable LocalDate revokedOn, @Nullable String revocationReason, int corrections,
                                Instant recordedAt, Instant lastChangedAt, boolean disclosed, boolean underObjection,
                                @Nullable Objection objection, @Nullable Repair repair,
                                @Nullable LocalDate disclosureEndedOn) {
    }
}
