package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Optional<CreditProfileView.Subject> subject = jdbc.sql("""
                        SELECT kind, subject_code, name, first_recorded_at, last_changed_at
                        FROM credit_profile_subject WHERE subject_code = ?""")
                .param(subjectCode)
                .query((rs, n) -> new CreditProfileView.Subject(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .optional();
        return subject.map(s -> {
            // each record's most recently flagged open objection
            Map<String, OpenObjection> open = new HashMap<>();
            jdbc.sql("""
                            SELECT o.record_id, o.objection_id, o.status, o.since
                            FROM credit_profile_objection o JOIN credit_profile_record r USING (record_id)
                            WHERE r.subject_code = ?
                            ORDER BY o.since, o.objection_id""")
                    .param(subjectCode)
                    .query(rs -> {
                        open.put(rs.getString("record_id"), new OpenObjection(rs.getString("objection_id"),
                                rs.getString("status"), rs.getDate("since").toLocalDate()));
                    });
            List<CreditProfileView.ProfileRecord> records = jdbc.sql("""
                            SELECT record_id, category, source_department, source_record_id, decision_number,
                                   decision_date, summary, disclosure, severity, publicity_starts_on,
                                   earliest_end_on, latest_end_on, rule_set, revoked_on, revocation_reason,
                                   corrections, recorded_at, last_changed_at, annotation, annotation_objection_id,
                                   annotation_status,
                                   annotated_on, repair_status, repair_application_id, repair_since,
                                   disclosure_ended_reason, disclosure_ended_on
                            FROM credit_profile_record WHERE subject_code = ?
                            ORDER BY decision_date DESC, recorded_at DESC""")
                    .param(subjectCode)
                    .query((rs, n) -> record(rs, statusOn, open))
                    .list();
            List<CreditProfileView.ProfileRecord> licences = records.stream()
                    .filter(r -> r.category().equals("LICENCE")).toList();
            List<CreditProfileView.ProfileRecord> penalties = records.stream()
                    .filter(r -> r.category().equals("PENALTY")).toList();
            return CreditProfileView.of(s, statusOn, licences, penalties);
        });
    }

    private record OpenObjection(String id, String status, LocalDate since) {
    }

    private static CreditProfileView.ProfileRecord record(ResultSet rs, LocalDate statusOn,
                                                          Map<String, OpenObjection> open) throws SQLException {
        LocalDate latestEnd = localDate(rs.getDate("latest_end_on"));
        // what happened after statusOn does not count on statusOn: an earlier day sees the record as it stood then
        LocalDate revokedOn = onOrBefore(localDate(rs.getDate("revoked_on")), statusOn);
        LocalDate endedOn = onOrBefore(localDate(rs.getDate("disclosure_ended_on")), statusOn);
        String endedBy = endedOn == null ? null : rs.getString("disclosure_ended_reason");
        PublicityWindow window = new PublicityWindow(rs.getDate("publicity_starts_on").toLocalDate(),
                localDate(rs.getDate("earliest_end_on")), latestEnd, rs.getString("rule_set"));
        LocalDate repairSince = onOrBefore(localDate(rs.getDate("repair_since")), statusOn);
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
        OpenObjection flag = open.get(rs.getString("record_id"));
        if (flag != null) {
            objection = new CreditProfileView.Objection(flag.id(), flag.status(), flag.since(), annotation);
        } else if (annotation != null) {
            objection = new CreditProfileView.Objection(rs.getString("annotation_objection_id"),
                    rs.getString("annotation_status"), rs.getDate("annotated_on").toLocalDate(), annotation);
        }
        CreditProfileView.Repair repair = null;
        if (repairStatus != null) {
            CreditProfileView.RepairStatus value = CreditProfileView.RepairStatus.valueOf(repairStatus);
            repair = new CreditProfileView.Repair(value, value.label(), rs.getString("repair_application_id"),
                    repairSince);
        }
        return new CreditProfileView.ProfileRecord(rs.getString("record_id"), rs.getString("category"),
                rs.getString("source_department"), rs.getString("source_record_id"),
                rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                rs.getString("summary"), rs.getString("disclosure"), rs.getString("severity"), status,
                window, revokedOn, rs.getString("revocation_reason"), rs.getInt("corrections"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("last_changed_at").toInstant(),
                status == CreditProfileView.Status.IN_PUBLICITY, flag != null, objection,
                repair, endedOn);
    }

    private static @Nullable LocalDate onOrBefore(@Nullable LocalDate day, LocalDate statusOn) {
        return day == null || day.isAfter(statusOn) ? null : day;
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
