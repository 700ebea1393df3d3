package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.record.SubjectInput;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns submissions into commands, reporting every bad field at once: missing or malformed values here, the
 * record rules of the domain after. Nothing is sent while any field is wrong. The department and subject blocks are
 * read the same way for listings.
 */
public final class SubmissionMapper {

    private SubmissionMapper() {
    }

    public static RecordPenalty penalty(PenaltyRequest r, Instant now, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        DepartmentCode department = department(r.sourceDepartment(), v);
        SubjectDescription subject = subject(r.subject(), v);
        required("decisionDate", r.decisionDate(), v);
        required("effectiveUntil", r.effectiveUntil(), v);
        required("disclosure", r.disclosure(), v);
        required("severity", r.severity(), v);
        if (r.penaltyTypes() == null) {
            v.add(new FieldViolation("penaltyTypes", "is required: a list of " + Arrays.toString(
                    dev.publiccredit.ledger.core.shared.PenaltyType.values())));
        } else if (r.penaltyTypes().contains(null)) {
            v.add(new FieldViolation("penaltyTypes", "must not contain null"));
        }
        if (!v.isEmpty() || department == null || subject == null || r.decisionDate() == null
                || r.effectiveUntil() == null || r.disclosure() == null || r.severity() == null
                || r.penaltyTypes() == null) {
            throw new InvalidRecordContent(v);
        }
        RecordSource source = new RecordSource(department, text(r.sourceDepartmentName()),
                text(r.sourceDepartmentCreditCode()), text(r.sourceRecordId()));
        PenaltyDetails details = new PenaltyDetails(text(r.decisionNumber()), text(r.violationType()),
                text(r.violationFacts()), text(r.legalBasis()), r.penaltyTypes(), text(r.penaltyContent()),
                amount(r.fineAmount()), amount(r.confiscatedAmount()), optional(r.suspendedOrRevokedLicence()),
                r.decisionDate(), r.effectiveUntil(), text(r.decidingAuthority()),
                text(r.decidingAuthorityCreditCode()), optional(r.remarks()));
        RecordContent content = new RecordContent(RecordCategory.PENALTY, source, subject, r.disclosure(),
                r.severity(), details, null);
        requireValid(RecordRules.check(content, today));
        return new RecordPenalty(RecordId.forSource(department, source.sourceRecordId()), source, subject, details,
                r.disclosure(), r.severity(), now, today);
    }

    public static RecordLicence licence(LicenceRequest r, Instant now, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        DepartmentCode department = department(r.sourceDepartment(), v);
        SubjectDescription subject = subject(r.subject(), v);
        required("decisionDate", r.decisionDate(), v);
        required("disclosure", r.disclosure(), v);
        required("licenceCategory", r.licenceCategory(), v);
        required("validFrom", r.validFrom(), v);
        required("validTo", r.validTo(), v);
        if (!v.isEmpty() || department == null || subject == null || r.decisionDate() == null
                || r.disclosure() == null || r.licenceCategory() == null || r.validFrom() == null
                || r.validTo() == null) {
            throw new InvalidRecordContent(v);
        }
        RecordSource source = new RecordSource(department, text(r.sourceDepartmentName()),
                text(r.sourceDepartmentCreditCode()), text(r.sourceRecordId()));
        LicenceDetails details = new LicenceDetails(text(r.decisionDocumentName()), text(r.decisionNumber()),
                r.licenceCategory(), optional(r.certificateName()), optional(r.licenceNumber()),
                text(r.licenceContent()), r.decisionDate(), r.validFrom(), r.validTo(), text(r.licensingAuthority()),
                text(r.licensingAuthorityCreditCode()), optional(r.remarks()));
        RecordContent content = new RecordContent(RecordCategory.LICENCE, source, subject, r.disclosure(), null,
                null, details);
        requireValid(RecordRules.check(content, today));
        return new RecordLicence(RecordId.forSource(department, source.sourceRecordId()), source, subject, details,
                r.disclosure(), now, today);
    }

    /** The requested changes in canonical text form: numbers as plain decimals, lists comma-separated. */
    public static List<RequestedChange> changes(@Nullable Map<String, Object> changes) {
        List<FieldViolation> v = new ArrayList<>();
        List<RequestedChange> result = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            throw new InvalidRecordContent(List.of(new FieldViolation("changes",
                    "must name at least one field to correct, e.g. {\"fineAmount\": 2.5}")));
        }
        changes.forEach((name, value) -> {
            CorrectableField field = CorrectableField.byFieldName(name).orElse(null);
            if (field == null) {
                v.add(new FieldViolation("changes." + name, "is not a field that can be corrected; correctable: "
                        + Arrays.stream(CorrectableField.values()).map(CorrectableField::fieldName)
                        .collect(Collectors.joining(", "))));
                return;
            }
            if (value == null || value instanceof String) {
                result.add(new RequestedChange(field, (String) value));
            } else if (value instanceof BigDecimal d) {
                result.add(new RequestedChange(field, d.toPlainString()));
            } else if (value instanceof Number n) {
                result.add(new RequestedChange(field, n.toString()));
            } else if (value instanceof Collection<?> list && list.stream().allMatch(e -> e instanceof String)) {
                result.add(new RequestedChange(field, list.stream().map(String.class::cast)
                        .collect(Collectors.joining(","))));
            } else {
                v.add(new FieldViolation("changes." + name, "must be a string, a number, a list of strings or null"));
            }
        });
        requireValid(v);
        return result;
    }

    /** The {@code sourceDepartment} of a submission, or {@code null} with the reason added to {@code v}. */
    public static @Nullable DepartmentCode department(@Nullable String raw, List<FieldViolation> v) {
        if (raw == null || raw.isBlank()) {
            v.add(new FieldViolation("sourceDepartment", "must not be empty"));
            return null;
        }
        try {
            return DepartmentCode.parse(raw);
        } catch (IllegalArgumentException e) {
            v.add(new FieldViolation("sourceDepartment", e.getMessage()));
            return null;
        }
    }

    /** The {@code subject} block of a submission, or {@code null} with the reasons added to {@code v}. */
    public static @Nullable SubjectDescription subject(@Nullable SubjectRequest s, List<FieldViolation> v) {
        if (s == null) {
            v.add(new FieldViolation("subject", "is required: {kind, code, name}"));
            return null;
        }
        if (s.kind() == null) {
            v.add(new FieldViolation("subject.kind",
                    "is required: LEGAL_PERSON, OTHER_ORGANISATION, INDIVIDUAL_BUSINESS or NATURAL_PERSON"));
            return null;
        }
        LegalRepresentative representative = null;
        if (s.legalRepresentative() != null) {
            representative = new LegalRepresentative(text(s.legalRepresentative().name()),
                    optional(s.legalRepresentative().idType()), optional(s.legalRepresentative().idNumber()));
        }
        return SubjectInput.describe(s.kind(), s.code(), s.name(), s.registrationNumber(), representative, v);
    }

    /** Adds "is required" for {@code field} when {@code value} is missing. */
    public static void required(String field, @Nullable Object value, List<FieldViolation> v) {
        if (value == null) {
            v.add(new FieldViolation(field, "is required"));
        }
    }

    /** Throws the violations found so far, if any: 400 with every one. */
    public static void requireValid(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new InvalidRecordContent(v);
        }
    }

    /** A text as submitted, trimmed; missing is empty (and then fails its mandatory-text rule). */
    public static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable BigDecimal amount(@Nullable BigDecimal value) {
        return value;
    }
}
