package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.projections.Columns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads credit profiles. */
@Component
public class CreditProfiles {

    private final JdbcClient jdbc;

    public CreditProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject's profile with each record's status on {@code statusOn}, or empty if the ledger has no record.
     * Statuses are by today's knowledge (corrections applied) but only count what took effect on or before
     * {@code statusOn}: a revocation, an end of disclosure or a repair dated after it is not counted (the record was
     * still in publicity then). Only the current state of each record is kept, so a repair already revoked or a
     * disclosure already resumed is not seen on an earlier day either, and the objection flag and annotation are the
     * current ones.
     */
    public Optional<CreditProfileView> find(String subjectCode, LocalDate statusOn) {
        return findWithListingFlag(subjectCode, statusOn).map(Found::profile);
    }

    /**
     * A profile as {@link #find} reads it, and whether any listing names the subject (in force or not, in the
     * {@code listing} table the statement sees): without one, the subject has no listing and no measure in force, and
     * the profile read needs no statement for them.
     */
    public record Found(CreditProfileView profile, boolean listed) {
    }

    /** {@link #find}, and in the same statement whether any listing names the subject ({@link Found#listed}). */
    public Optional<Found> findWithListingFlag(String subjectCode, LocalDate statusOn) {
        // one statement: the subject, each of its records (none: one row of nulls) and each record's most recently
        // flagged open objection; whether a listing names the subject is an uncorrelated EXISTS, evaluated once
        List<CreditProfileView.Subject> subject = new ArrayList<>(1);
        boolean[] listed = new boolean[1];
        List<CreditProfileView.ProfileRecord> licences = new ArrayList<>();
        List<CreditProfileView.ProfileRecord> penalties = new ArrayList<>();
        jdbc.sql("""
                        SELECT s.kind, s.subject_code, s.name, s.first_recorded_at,
                               s.last_changed_at AS subject_last_changed_at,
                               r.record_id, r.category, r.source_department, r.source_record_id, r.decision_number,
                               r.decision_date, r.summary, r.disclosure, r.severity, r.publicity_starts_on,
                               r.earliest_end_on, r.latest_end_on, r.rule_set, r.revoked_on, r.revocation_reason,
                               r.corrections, r.recorded_at, r.last_changed_at, r.annotation,
                               r.annotation_objection_id, r.annotation_status, r.annotated_on, r.repair_status,
                               r.repair_application_id, r.repair_since, r.disclosure_ended_reason,
                               r.disclosure_ended_on,
                               o.objection_id AS open_objection_id, o.status AS open_objection_status,
                               o.since AS open_objection_since,
                               EXISTS (SELECT 1 FROM listing WHERE subject_code = ?) AS listed
                        FROM credit_profile_subject s
                        LEFT JOIN credit_profile_record r ON r.subject_code = s.subject_code
                        LEFT JOIN LATERAL (
                            SELECT objection_id, status, since FROM credit_profile_objection
                            WHERE record_id = r.record_id ORDER BY since DESC, objection_id DESC LIMIT 1) o ON true
                        WHERE s.subject_code = ?
                        ORDER BY r.decision_date DESC, r.recorded_at DESC""")
                .params(subjectCode, subjectCode)
                .query(rs -> {
                    if (subject.isEmpty()) {
                        listed[0] = rs.getBoolean("listed");
                        subject.add(new CreditProfileView.Subject(rs.getString("kind"), rs.getString("subject_code"),
                                rs.getString("name"), Columns.instant(rs, "first_recorded_at"),
                                Columns.instant(rs, "subject_last_changed_at")));
                    }
                    String category = rs.getString("category");
                    if ("LICENCE".equals(category)) {
                        licences.add(record(rs, statusOn));
                    } else if ("PENALTY".equals(category)) {
                        penalties.add(record(rs, statusOn));
                    }
                });
        return subject.stream().findFirst().map(s -> new Found(CreditProfileView.of(s, statusOn,
                List.copyOf(licences), List.copyOf(penalties)), listed[0]));
    }

    private static CreditProfileView.ProfileRecord record(ResultSet rs, LocalDate statusOn) throws SQLException {
        LocalDate latestEnd = Columns.day(rs, "latest_end_on");
        // what happened after statusOn does not count on statusOn: an earlier day sees the record as it stood then
        LocalDate revokedOn = onOrBefore(Columns.day(rs, "revoked_on"), statusOn);
        LocalDate endedOn = onOrBefore(Columns.day(rs, "disclosure_ended_on"), statusOn);
        String endedBy = endedOn == null ? null : rs.getString("disclosure_ended_reason");
        PublicityWindow window = new PublicityWindow(Columns.day(rs, "publicity_starts_on"),
                Columns.day(rs, "earliest_end_on"), latestEnd, rs.getString("rule_set"));
        LocalDate repairSince = onOrBefore(Columns.day(rs, "repair_since"), statusOn);
        String repairStatus = repairSince == null ? null : rs.getString("repair_status");
        CreditProfileView.Status status = revokedOn != null ? CreditProfileView.Status.REVOKED
                : endedBy != null ? CreditProfileView.Status.endedBy(DisclosureEndReason.valueOf(endedBy))
                : latestEnd != null && !statusOn.isBefore(latestEnd)
                ? CreditProfileView.Status.PUBLICITY_ENDED : CreditProfileView.Status.IN_PUBLICITY;
        if (status == CreditProfileView.Status.TEMPORARILY_HIDDEN && "REPAIRED".equals(repairStatus)) {
            // temporary measures made final: hidden for good, as repaired
            status = CreditProfileView.Status.REPAIRED;
        }
        String annotation = rs.getString("annotation");
        CreditProfileView.Objection objection = null;
        String flag = rs.getString("open_objection_id");
        if (flag != null) {
            objection = new CreditProfileView.Objection(flag, rs.getString("open_objection_status"),
                    Columns.day(rs, "open_objection_since"), annotation);
        } else if (annotation != null) {
            objection = new CreditProfileView.Objection(rs.getString("annotation_objection_id"),
                    rs.getString("annotation_status"), Columns.day(rs, "annotated_on"), annotation);
        }
        CreditProfileView.Repair repair = null;
        if (repairStatus != null) {
            CreditProfileView.RepairStatus value = CreditProfileView.RepairStatus.valueOf(repairStatus);
            repair = new CreditProfileView.Repair(value, value.label(), rs.getString("repair_application_id"),
                    repairSince);
        }
        return new CreditProfileView.ProfileRecord(rs.getString("record_id"), rs.getString("category"),
                rs.getString("source_department"), rs.getString("source_record_id"),
                rs.getString("decision_number"), Columns.day(rs, "decision_date"),
                rs.getString("summary"), rs.getString("disclosure"), rs.getString("severity"), status,
                window, revokedOn, rs.getString("revocation_reason"), rs.getInt("corrections"),
                Columns.instant(rs, "recorded_at"), Columns.instant(rs, "last_changed_at"),
                status == CreditProfileView.Status.IN_PUBLICITY, flag != null, objection,
                repair, endedOn);
    }

    private static @Nullable LocalDate onOrBefore(@Nullable LocalDate day, LocalDate statusOn) {
        return day == null || day.isAfter(statusOn) ? null : day;
    }
}
