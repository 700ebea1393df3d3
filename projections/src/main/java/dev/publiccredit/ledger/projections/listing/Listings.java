package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.projections.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads listings, and finds the ones whose period has run out for the expiry sweep. */
@Component
public class Listings {

    private final JdbcClient jdbc;

    public Listings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ListingView> find(ListingId listingId) {
        UUID id = listingId.value();
        List<ListingView.Measure> measures = jdbc.sql("""
                        SELECT code, measure_type, description, legal_basis, starts_on, ends_on
                        FROM listing_measure WHERE listing_id = ? ORDER BY ordinal""")
                .param(id)
                .query((rs, n) -> new ListingView.Measure(rs.getString("code"), rs.getString("measure_type"),
                        rs.getString("description"), rs.getString("legal_basis"), Columns.day(rs, "starts_on"),
                        Columns.day(rs, "ends_on")))
                .list();
        List<ListingView.RepairRelief> reliefs = jdbc.sql("""
                        SELECT r.application_id, r.temporary, r.relief_from, r.relief_until, r.finalised_on
                        FROM listing_repair_relief r JOIN listing l ON l.basis_record_id = r.record_id
                        WHERE l.listing_id = ? ORDER BY r.relief_from, r.application_id""")
                .param(id)
                .query((rs, n) -> new ListingView.RepairRelief(rs.getString("application_id"),
                        rs.getBoolean("temporary"), Columns.day(rs, "relief_from"), Columns.day(rs, "relief_until"),
                        Columns.day(rs, "finalised_on")))
                .list();
        return jdbc.sql("SELECT * FROM listing WHERE listing_id = ?")
                .param(id)
                .query((rs, n) -> view(rs, measures, reliefs))
                .optional();
    }

    /** Listings still LISTED whose end date is {@code today} or earlier, oldest end first. */
    public List<ListingId> dueForExpiry(LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT listing_id FROM listing WHERE status = 'LISTED' AND ends_on <= ?
                        ORDER BY ends_on, listing_id LIMIT ?""")
                .params(Date.valueOf(today), limit)
                .query((rs, n) -> new ListingId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static ListingView view(ResultSet rs, List<ListingView.Measure> measures,
                                    List<ListingView.RepairRelief> reliefs) throws SQLException {
        ListingView.Notice notice = rs.getString("notice_document_number") == null ? null
                : new ListingView.Notice(rs.getString("notice_document_number"), Columns.day(rs, "noticed_on"),
                Columns.day(rs, "answer_due_on"), Columns.day(rs, "earliest_decision_on"));
        ListingView.Decision decision = rs.getString("decision_document_number") == null ? null
                : new ListingView.Decision(rs.getString("decision_document_number"), Columns.day(rs, "listed_on"),
                (Integer) rs.getObject("period_months"), Columns.day(rs, "ends_on"));
        ListingView.Removal removal = rs.getString("removal_reason") == null ? null
                : new ListingView.Removal(rs.getString("removal_reason"), rs.getString("removal_explanation"),
                Columns.day(rs, "removed_on"), rs.getString("objection_id"));
        return new ListingView(rs.getString("listing_id"), rs.getString("kind"),
                ListingStatus.valueOf(rs.getString("status")),
                new ListingView.Subject(rs.getString("subject_kind"), rs.getString("subject_code"),
                        rs.getString("subject_name")),
                rs.getString("department"), rs.getString("source_listing_id"), rs.getString("basis_record_id"),
                rs.getString("grounds"), rs.getString("legal_basis"), notice, decision, removal,
                Columns.day(rs, "expired_on"), measures,
                new ListingView.RemovalNotice(rs.getString("removal_conditions"),
                        Columns.day(rs, "earliest_early_removal_on")),
                reliefs, rs.getString("catalogue_version"), rs.getString("rule_set"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "last_changed_at"));
    }
}
