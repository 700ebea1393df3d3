package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.SubjectRequest;
import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticDataTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final SyntheticData data = new SyntheticData(7, 5_000);

    @Test
    void subjectsHaveValidIdentifiersAndChineseNamesAndNaturalPersonsAreNeverPublic() {
        Map<SubjectKind, Integer> kinds = new EnumMap<>(SubjectKind.class);
        Set<String> codes = new HashSet<>();
        for (long n = 0; n < 5_000; n++) {
            SyntheticData.Subject subject = data.subject(n);
            kinds.merge(subject.kind(), 1, Integer::sum);
            codes.add(subject.code());
            if (subject.kind() == SubjectKind.NATURAL_PERSON) {
                assertThat(CitizenIdNumber.parse(subject.code()).value()).isEqualTo(subject.code());
                assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(subject.code())).as("not ambiguous")
                        .isInstanceOf(InvalidSubjectIdentifier.class);
            } else {
                assertThat(UnifiedSocialCreditCode.parse(subject.code()).value()).isEqualTo(subject.code());
            }
            assertThat(subject.name()).matches("[\\p{IsHan}]{2,}");
        }
        assertThat(kinds.get(SubjectKind.LEGAL_PERSON)).isBetween(3_300, 3_700);
        assertThat(kinds.get(SubjectKind.NATURAL_PERSON)).isBetween(600, 900);
        assertThat(codes).hasSizeGreaterThan(4_900);
    }

    @Test
    void validRowsMapToCommandsInvalidRowsAreRefusedAndDuplicatesRepeatAnEarlierRow() {
        Map<SyntheticData.Kind, Integer> kinds = new EnumMap<>(SyntheticData.Kind.class);
        int penalties = 0;
        for (long i = 0; i < 20_000; i++) {
            SyntheticData.Row row = data.row(i);
            kinds.merge(row.kind(), 1, Integer::sum);
            penalties += row.penalty() ? 1 : 0;
            if (row.kind() == SyntheticData.Kind.INVALID) {
                assertThatThrownBy(() -> EventRows.command(row, NOW)).isInstanceOf(InvalidRecordContent.class);
            } else {
                assertThat(EventRows.command(row, NOW)).isNotNull();
                SubjectRequest subject = row.penalty() ? ((PenaltyRequest) row.request()).subject()
                        : ((LicenceRequest) row.request()).subject();
                DisclosureClass disclosure = row.penalty() ? ((PenaltyRequest) row.request()).disclosure()
                        : ((LicenceRequest) row.request()).disclosure();
                if (subject.kind() == SubjectKind.NATURAL_PERSON) {
                    assertThat(disclosure).isNotEqualTo(DisclosureClass.PUBLIC);
                }
            }
        }
        assertThat(kinds.get(SyntheticData.Kind.INVALID)).isBetween(150, 250);
        assertThat(kinds.get(SyntheticData.Kind.DUPLICATE)).isBetween(150, 250);
        assertThat(penalties).isBetween(4_000, 4_800);
    }

    @Test
    void aDepartmentsPenaltiesAreValid_itsOwn_andHaveDistinctDecisionNumbers() {
        SyntheticData.Department department = SyntheticData.DEPARTMENTS.get(1);
        Set<String> numbers = new HashSet<>();
        for (long i = 0; i < 2_000; i++) {
            PenaltyRequest penalty = data.penalty(i, data.subjectNumber(i), department);
            assertThat(EventRows.command(new SyntheticData.Row(i, SyntheticData.Kind.VALID, penalty), NOW))
                    .isNotNull();
            assertThat(penalty.sourceDepartment()).isEqualTo(department.code());
            numbers.add(penalty.decisionNumber());
        }
        assertThat(numbers).hasSize(2_000);
    }

    @Test
    void theSameSeedMakesTheSameData() {
        SyntheticData again = new SyntheticData(7, 5_000);
        for (long i = 0; i < 100; i++) {
            assertThat(again.row(i)).isEqualTo(data.row(i));
            assertThat(again.subject(i)).isEqualTo(data.subject(i));
        }
        assertThat(new SyntheticData(8, 5_000).row(3)).isNotEqualTo(data.row(3));
    }
}
