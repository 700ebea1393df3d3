package dev.publiccredit.ledger.core.authorisation.event;

import dev.publiccredit.ledger.core.EventJsonContract;
import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored schema of the subject authorisation events (see {@link EventJsonContract}). */
class AuthorisationEventJsonTest extends EventJsonContract {

    static final DepartmentCode TAX = new DepartmentCode("TAX-HAIDIAN");
    static final AuthorisationId ID = AuthorisationId.parse("eb40aa70-5375-3f61-90f0-40c8f6d5692e");

    static final SubjectAuthorisationGranted GRANTED = new SubjectAuthorisationGranted(ID, "91110108MA01R7KD83",
            SubjectKind.LEGAL_PERSON, TAX, "纳税信用评价：核查该企业的行政处罚信息", "授权书〔2026〕第017号",
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 1), "P1Y", Instant.parse("2026-03-02T02:00:00Z"));

    static final SubjectAuthorisationRevoked REVOKED = new SubjectAuthorisationRevoked(ID, "91110108MA01R7KD83", TAX,
            "主体书面撤回授权", LocalDate.of(2026, 4, 15), Instant.parse("2026-04-15T01:30:00Z"));

    @Override
    protected String eventPackage() {
        return "dev.publiccredit.ledger.core.authorisation.event";
    }

    @Override
    protected Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(SubjectAuthorisationGranted.class.getSimpleName(), GRANTED),
                Arguments.of(SubjectAuthorisationRevoked.class.getSimpleName(), REVOKED));
    }

    @Test
    void exampleId_isTheIdDerivedFromGranteeAndDocument() {
        assertThat(ID).isEqualTo(AuthorisationId.forDocument(TAX, "授权书〔2026〕第017号"));
    }
}
