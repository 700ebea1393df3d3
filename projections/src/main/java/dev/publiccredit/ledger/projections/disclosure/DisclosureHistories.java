package dev.publiccredit.ledger.projections.disclosure;

import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads disclosure histories. */
@Component
public class DisclosureHistories {

    private final JdbcClient jdbc;

    public DisclosureHistories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DisclosureHistoryView> find(RecordId recordId, LocalDate asOf) {
        List<DisclosureHistoryView.Entry> entries = jdbc.sql("""
                        SELECT entry_no, change, recorded_at, effective_on, disclosure, disclosed, publicly_visible,
                               visible_until, reason, changed_fields, cause, case_id
                        FROM disclosure_history_entry WHERE record_id = ? ORDER BY entry_no""")
                .param(recordId.value())
                .query((rs, n) -> {
                    String changed = rs.getString("changed_fields");
                    return new DisclosureHistoryView.Entry(rs.getLong("entry_no"),
                            DisclosureChange.valueOf(rs.getString("change")),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getDate("effective_on").toLocalDate(),
                            rs.getString("disclosure"), rs.getBoolean("disclosed"), rs.getBoolean("publicly_visible"),
                            localDate(rs.getDate("visible_until")), rs.getString("reason"),
                            changed == null ? List.of() : List.of(changed.split("\n")), rs.getString("cause"),
                            rs.getString("case_id"));
                })
                .list();
        return jdbc.sql("""
                        SELECT subject_code, disclosure, publicity_starts_on, earliest_end_on, latest_end_on, rule_set,
                               disclosed, cardinality(open_objections) > 0 AS under_objection, annotation
                        FROM disclosure_state WHERE record_id = ?""")
                .param(recordId.value())
                .query((rs, n) -> {
                    PublicityWindow window = new PublicityWindow(rs.getDate("publicity_starts_on").toLocalDate(),
                            localDate(rs.getDate("earliest_end_on")), localDate(rs.getDate("latest_end_on")),
                            rs.getString("rule_set"));
                    boolean disclosed = rs.getBoolean("disclosed") && window.isOpenOn(asOf);
                    boolean visible = disclosed && rs.getString("disclosure").equals("PUBLIC");
                    return new DisclosureHistoryView(recordId.toString(), rs.getString("subject_code"),
                            rs.getString("disclosure"), window, disclosed, asOf, visible, entries,
                            rs.getBoolean("under_objection"), rs.getString("annotation"));
                })
                .optional();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
