package dev.publiccredit.ledger.projections.authorisation;

import dev.publiccredit.ledger.projections.Columns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads subject authorisations; consistent with every acknowledged write (see the projector). */
@Component
public class SubjectAuthorisations {

    private static final String COLUMNS = """
            SELECT authorisation_id, subject_code, subject_kind, grantee, purpose, document_reference, valid_from,
                   expires_on, registered_at, revoked_on, revocation_reason, revoked_at
            FROM subject_authorisation""";

    private final JdbcClient jdbc;

    public SubjectAuthorisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One authorisation with its status on {@code day}. */
    public Optional<SubjectAuthorisationView> find(UUID authorisationId, LocalDate day) {
        return jdbc.sql(COLUMNS + " WHERE authorisation_id = ?")
                .param(authorisationId)
                .query((rs, n) -> view(rs, day))
                .optional();
    }

    /** The subject's authorisations, of one grantee or (null) of all, latest start first. */
    public List<SubjectAuthorisationView> ofSubject(String subjectCode, @Nullable String grantee, LocalDate day) {
        return jdbc.sql(COLUMNS + " WHERE subject_code = ? AND (CAST(? AS TEXT) IS NULL OR grantee = ?)"
                        + " ORDER BY valid_from DESC, registered_at DESC, authorisation_id")
                .params(subjectCode, grantee, grantee)
                .query((rs, n) -> view(rs, day))
                .list();
    }

    /**
     * The authorisation by which {@code grantee} may see the subject's AUTHORIZED records on {@code day}: one that
     * holds on the day (the one running longest, if several), or empty.
     */
    public Optional<SubjectAuthorisationView> validFor(String grantee, String subjectCode, LocalDate day) {
        Date on = Date.valueOf(day);
        return jdbc.sql(COLUMNS + """
                         WHERE grantee = ? AND subject_code = ? AND valid_from <= ? AND expires_on >= ?
                           AND (revoked_on IS NULL OR revoked_on > ?)
                        ORDER BY expires_on DESC, authorisation_id LIMIT 1""")
                .params(grantee, subjectCode, on, on, on)
                .query((rs, n) -> view(rs, day))
                .optional();
    }

    private static SubjectAuthorisationView view(ResultSet rs, LocalDate day) throws SQLException {
        LocalDate validFrom = Columns.day(rs, "valid_from");
        LocalDate expiresOn = Columns.day(rs, "expires_on");
        LocalDate revokedOn = Columns.day(rs, "revoked_on");
        return new SubjectAuthorisationView(rs.getString("authorisation_id"), rs.getString("subject_code"),
                rs.getString("subject_kind"), rs.getString("grantee"), rs.getString("purpose"),
                rs.getString("document_reference"), validFrom, expiresOn,
                Columns.instant(rs, "registered_at"), revokedOn, rs.getString("revocation_reason"),
                Columns.instantOrNull(rs, "revoked_at"), day,
                SubjectAuthorisationView.statusOn(day, validFrom, expiresOn, revokedOn));
    }
}
