package dev.publiccredit.ledger.projections.authorisation;

import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationGranted;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationRevoked;
import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class SubjectAuthorisationProjectorTest {

    static final DepartmentCode TAX = new DepartmentCode("TAX-HAIDIAN");
    static final DepartmentCode SAMR = new DepartmentCode("SAMR-HAIDIAN");
    static final String COMPANY = "91110108MA01R7KD83";
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 9, 1);
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    final SubjectAuthorisationProjector projector = new SubjectAuthorisationProjector(ProjectionDatabase.jdbc());
    final SubjectAuthorisations reader = new SubjectAuthorisations(ProjectionDatabase.jdbc());

    static SubjectAuthorisationGranted granted(DepartmentCode grantee, String document, LocalDate from,
                                               LocalDate to) {
        return new SubjectAuthorisationGranted(AuthorisationId.forDocument(grantee, document), COMPANY,
                SubjectKind.LEGAL_PERSON, grantee, "纳税信用评价", document, from, to, "P1Y", AT);
    }

    @Test
    void validFor_holdsFromTheFirstToTheLastDay_onlyForTheGrantee() {
        SubjectAuthorisationGranted grant = granted(TAX, "授权书-1", FROM, TO);
        projector.on(grant);
        projector.on(grant); // a repeated delivery changes nothing

        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, FROM.minusDays(1))).isEmpty();
        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, FROM)).map(SubjectAuthorisationView::authorisationId)
                .contains(grant.authorisationId().toString());
        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, TO)).isPresent();
        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, TO.plusDays(1))).isEmpty();
        assertThat(reader.validFor("SAMR-HAIDIAN", COMPANY, FROM)).isEmpty();
        assertThat(reader.validFor("TAX-HAIDIAN", "91110108MA01R7KD8X", FROM)).isEmpty();
        assertThat(reader.find(grant.authorisationId().value(), TO.plusDays(1)))
                .map(SubjectAuthorisationView::status).contains(SubjectAuthorisationView.Status.EXPIRED);
    }

    @Test
    void aRevocation_endsTheAuthorisationFromItsDay() {
        SubjectAuthorisationGranted grant = granted(TAX, "授权书-1", FROM, TO);
        LocalDate revokedOn = LocalDate.of(2026, 4, 15);
        projector.on(grant);
        projector.on(new SubjectAuthorisationRevoked(grant.authorisationId(), COMPANY, TAX, "主体撤回", revokedOn,
                Instant.parse("2026-04-15T01:30:00Z")));

        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, revokedOn.minusDays(1))).isPresent();
        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, revokedOn)).isEmpty();
        SubjectAuthorisationView view = reader.find(grant.authorisationId().value(), revokedOn).orElseThrow();
        assertThat(view.status()).isEqualTo(SubjectAuthorisationView.Status.REVOKED);
        assertThat(view.revocationReason()).isEqualTo("主体撤回");
        assertThat(view.revokedAt()).isEqualTo(Instant.parse("2026-04-15T01:30:00Z"));
    }

    @Test
    void validFor_prefersTheAuthorisationRunningLongest_andOfSubjectFiltersByGrantee() {
        SubjectAuthorisationGranted shorter = granted(TAX, "授权书-1", FROM, FROM.plusMonths(1));
        SubjectAuthorisationGranted longer = granted(TAX, "授权书-2", FROM, TO);
        SubjectAuthorisationGranted other = granted(SAMR, "授权书-3", FROM.plusDays(10), TO);
        projector.on(shorter);
        projector.on(longer);
        projector.on(other);

        assertThat(reader.validFor("TAX-HAIDIAN", COMPANY, FROM)).map(SubjectAuthorisationView::authorisationId)
                .contains(longer.authorisationId().toString());
        assertThat(reader.ofSubject(COMPANY, "TAX-HAIDIAN", FROM)).hasSize(2)
                .allSatisfy(v -> assertThat(v.grantee()).isEqualTo("TAX-HAIDIAN"));
        assertThat(reader.ofSubject(COMPANY, null, FROM)).extracting(SubjectAuthorisationView::status)
                .containsExactly(SubjectAuthorisationView.Status.NOT_YET_VALID,
                        SubjectAuthorisationView.Status.VALID, SubjectAuthorisationView.Status.VALID);
    }
}
