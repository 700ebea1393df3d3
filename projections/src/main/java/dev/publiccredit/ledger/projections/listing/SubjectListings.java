package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.projections.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The listings a subject is on, for its credit profile. */
@Component
public class SubjectListings {

    static final String SUMMARY_COLUMNS = """
            l.listing_id, l.kind, l.status, l.department, l.source_listing_id, l.basis_record_id,
            l.decision_document_number, l.listed_on, l.ends_on,\s""" + ActiveOn.LIFTED_BY_REPAIR + " AS lifted";

    private final JdbcClient jdbc;

    public SubjectListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The listings in force for the subject on {@code day}, newest first. */
    public List<ListingSummary> active(String subjectCode, LocalDate day) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM listing l WHERE l.subject_code = :subject AND "
                        + ActiveOn.LISTING + " ORDER BY l.listed_on DESC, l.listing_id")
                .param("subject", subjectCode)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> summary(rs))
                .list();
    }

    static ListingSummary summary(ResultSet rs) throws SQLException {
        return new ListingSummary(rs.getString("listing_id"), rs.getString("kind"),
                ListingStatus.valueOf(rs.getString("status")), rs.getString("department"),
                rs.getString("source_listing_id"), rs.getString("basis_record_id"),
                rs.getString("decision_document_number"), Columns.day(rs, "listed_on"), Columns.day(rs, "ends_on"),
                rs.getBoolean("lifted"));
    }
}
