package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.projections.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The joint measures in force for a subject on a day (see {@link ActiveOn} for when a measure applies). */
@Component
public class SubjectMeasures {

    private final JdbcClient jdbc;

    public SubjectMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The restrictions and incentives in force, each in the order of its code. */
    public record InForce(List<SubjectMeasuresView.ActiveMeasure> restrictions,
                          List<SubjectMeasuresView.ActiveMeasure> incentives) {
    }

    /** The measures in force for the subject on {@code day} and the listings they come from. */
    public SubjectMeasuresView on(String subjectCode, LocalDate day) {
        InForce inForce = inForce(subjectCode, day);
        List<ListingSummary> listings = jdbc.sql("SELECT " + SubjectListings.SUMMARY_COLUMNS
                        + " FROM listing l WHERE l.listing_id IN (SELECT m.listing_id FROM listing_measure m"
                        + " JOIN listing l ON l.listing_id = m.listing_id WHERE l.subject_code = :subject AND "
                        + ActiveOn.MEASURE + ") ORDER BY l.listed_on DESC, l.listing_id")
                .param("subject", subjectCode)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> SubjectListings.summary(rs))
                .list();
        return new SubjectMeasuresView(subjectCode, day, inForce.restrictions(), inForce.incentives(), listings);
    }

    /** The measures in force for the subject on {@code day}, without their listings (one statement). */
    public InForce inForce(String subjectCode, LocalDate day) {
        record Row(String type, SubjectMeasuresView.ActiveMeasure measure) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT m.measure_type, m.code, m.description, m.legal_basis, m.starts_on, m.ends_on,
                               l.listing_id, l.kind
                        FROM listing_measure m JOIN listing l ON l.listing_id = m.listing_id
                        WHERE l.subject_code = :subject AND\s""" + ActiveOn.MEASURE + """

                        ORDER BY m.code, l.listed_on, l.listing_id""")
                .param("subject", subjectCode)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new Row(rs.getString("measure_type"), new SubjectMeasuresView.ActiveMeasure(
                        rs.getString("code"), rs.getString("description"), rs.getString("legal_basis"),
                        Columns.day(rs, "starts_on"), Columns.day(rs, "ends_on"), rs.getString("listing_id"),
                        rs.getString("kind"))))
                .list();
        return new InForce(rows.stream().filter(r -> r.type().equals("RESTRICTION")).map(Row::measure).toList(),
                rows.stream().filter(r -> r.type().equals("INCENTIVE")).map(Row::measure).toList());
    }

    /** Whether a restriction with this code applies to the subject on {@code day}. */
    public boolean isRestricted(String subjectCode, String measureCode, LocalDate day) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM listing_measure m JOIN listing l ON l.listing_id = m.listing_id
                                       WHERE l.subject_code = :subject AND m.code = :code
                                         AND m.measure_type = 'RESTRICTION' AND\s""" + ActiveOn.MEASURE + ")")
                .param("subject", subjectCode)
                .param("code", measureCode)
                .param("day", Date.valueOf(day))
                .query(Boolean.class)
                .single();
    }
}
