package dev.publiccredit.ledger.core.authorisation;

import dev.publiccredit.ledger.core.authorisation.command.AuthorisationOutcome;
import dev.publiccredit.ledger.core.authorisation.command.GrantSubjectAuthorisation;
import dev.publiccredit.ledger.core.authorisation.command.RevokeSubjectAuthorisation;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationGranted;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationRevoked;
import dev.publiccredit.ledger.core.policy.AuthorisationPolicy;
import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAuthorisationTest {

    static final DepartmentCode TAX = new DepartmentCode("TAX-HAIDIAN");
    static final String DOCUMENT = "授权书〔2026〕第017号";
    static final AuthorisationId ID = AuthorisationId.forDocument(TAX, DOCUMENT);
    static final String COMPANY = "91110108MA01R7KD83";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final String PURPOSE = "纳税信用评价：核查该企业的行政处罚信息";

    static final SubjectAuthorisationGranted GRANTED = new SubjectAuthorisationGranted(ID, COMPANY,
            SubjectKind.LEGAL_PERSON, TAX, PURPOSE, DOCUMENT, TODAY, LocalDate.of(2026, 9, 1), "P1Y", NOW);

    final FixtureConfiguration<SubjectAuthorisation> fixture = new AggregateTestFixture<>(SubjectAuthorisation.class)
            .registerInjectableResource(AuthorisationPolicy.defaults());

    static GrantSubjectAuthorisation grant(String code, SubjectKind kind, String purpose, LocalDate from,
                                           LocalDate to) {
        return new GrantSubjectAuthorisation(ID, code, kind, TAX, purpose, DOCUMENT, from, to, NOW, TODAY);
    }

    @Test
    void grant_storesTheAuthorisation_withTheMaximumInForce() {
        fixture.givenNoPriorActivity()
               .when(grant(COMPANY, SubjectKind.LEGAL_PERSON, " " + PURPOSE + " ", TODAY, LocalDate.of(2026, 9, 1)))
               .expectEvents(GRANTED)
               .expectResultMessagePayload(new AuthorisationOutcome(ID, false));
    }

    @Test
    void grant_again_storesNothing_andAnswersDuplicate() {
        fixture.given(GRANTED)
               .when(grant(COMPANY, SubjectKind.LEGAL_PERSON, "其他用途", TODAY, LocalDate.of(2026, 6, 1)))
               .expectNoEvents()
               .expectResultMessagePayload(new AuthorisationOutcome(ID, true));
    }

    @Test
    void grant_upToTheDayBeforeTheMaximum_isAccepted_oneDayMoreIsRefused() {
        fixture.givenNoPriorActivity()
               .when(grant(COMPANY, SubjectKind.LEGAL_PERSON, PURPOSE, TODAY, LocalDate.of(2027, 3, 1)))
               .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
               .when(grant(COMPANY, SubjectKind.LEGAL_PERSON, PURPOSE, TODAY, LocalDate.of(2027, 3, 2)))
               .expectNoEvents()
               .expectException(InvalidRecordContent.class)
               .expectExceptionMessage("expiresOn: must be at most P1Y after validFrom, that is on or before "
                       + "2027-03-01");
    }

    @Test
    void grant_followsAConfiguredMaximum() {
        new AggregateTestFixture<>(SubjectAuthorisation.class)
                .registerInjectableResource(new AuthorisationPolicy(Period.ofMonths(3)))
                .givenNoPriorActivity()
                .when(grant(COMPANY, SubjectKind.LEGAL_PERSON, PURPOSE, TODAY, LocalDate.of(2026, 6, 2)))
                .expectNoEvents()
                .expectException(InvalidRecordContent.class);
    }

    @Test
    void grant_refusesACodeThatIsNotOfTheSubjectsKind_anEmptyPurpose_andAPeriodEndingBeforeItStarts() {
        List<FieldViolation> violations = AuthorisationRules.checkGrant(grant(COMPANY, SubjectKind.NATURAL_PERSON,
                " ", TODAY, TODAY.minusDays(1)), AuthorisationPolicy.defaults());

        assertThat(violations).extracting(FieldViolation::field)
                .containsExactly("subjectCode", "purpose", "expiresOn");
    }

    @Test
    void grant_refusesAnAuthorisationAlreadyExpired_andAStartTooFarAhead() {
        assertThat(AuthorisationRules.checkGrant(grant(COMPANY, SubjectKind.LEGAL_PERSON, PURPOSE,
                TODAY.minusMonths(6), TODAY.minusDays(1)), AuthorisationPolicy.defaults()))
                .extracting(FieldViolation::field).containsExactly("expiresOn");
        assertThat(AuthorisationRules.checkGrant(grant(COMPANY, SubjectKind.LEGAL_PERSON, PURPOSE,
                TODAY.plusYears(1).plusDays(1), TODAY.plusYears(1).plusDays(2)), AuthorisationPolicy.defaults()))
                .extracting(FieldViolation::field).containsExactly("validFrom");
    }

    @Test
    void grant_ofANaturalPerson_acceptsItsCitizenId() {
        assertThat(AuthorisationRules.checkGrant(grant("440308200001011234", SubjectKind.NATURAL_PERSON, PURPOSE,
                TODAY, TODAY.plusMonths(1)), AuthorisationPolicy.defaults())).isEmpty();
    }

    @Test
    void grant_withAnIdNotDerivedFromTheDocument_isAProgrammingError() {
        fixture.givenNoPriorActivity()
               .when(new GrantSubjectAuthorisation(AuthorisationId.forDocument(TAX, "other"), COMPANY,
                       SubjectKind.LEGAL_PERSON, TAX, PURPOSE, DOCUMENT, TODAY, TODAY.plusMonths(1), NOW, TODAY))
               .expectException(IllegalArgumentException.class);
    }

    @Test
    void revoke_storesTheRevocation_withSubjectAndGrantee() {
        Instant later = Instant.parse("2026-04-15T01:30:00Z");
        fixture.given(GRANTED)
               .when(new RevokeSubjectAuthorisation(ID, " 主体书面撤回授权 ", LocalDate.of(2026, 4, 15), later,
                       LocalDate.of(2026, 4, 15)))
               .expectEvents(new SubjectAuthorisationRevoked(ID, COMPANY, TAX, "主体书面撤回授权",
                       LocalDate.of(2026, 4, 15), later));
    }

    @Test
    void revoke_twice_isRefused() {
        fixture.given(GRANTED, new SubjectAuthorisationRevoked(ID, COMPANY, TAX, "撤回", TODAY, NOW))
               .when(new RevokeSubjectAuthorisation(ID, "再次撤回", TODAY, NOW, TODAY))
               .expectNoEvents()
               .expectException(LedgerRuleRefusal.class)
               .expectExceptionMessage("Authorisation " + ID + " was revoked on 2026-03-02.");
    }

    @Test
    void revoke_inTheFuture_orBeforeTheRegistration_isRefused() {
        fixture.given(GRANTED)
               .when(new RevokeSubjectAuthorisation(ID, "撤回", TODAY.plusDays(1), NOW, TODAY))
               .expectNoEvents()
               .expectExceptionMessage("revokedOn: must not be in the future (today is 2026-03-02)");
        fixture.given(GRANTED)
               .when(new RevokeSubjectAuthorisation(ID, "撤回", TODAY.minusDays(1), NOW, TODAY))
               .expectNoEvents()
               .expectException(InvalidRecordContent.class);
    }
}
