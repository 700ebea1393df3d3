package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.Severity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The current content of a credit record, folded from its events: what was recorded, with every correction
 * applied. The aggregate and the read side use the same fold, so both agree on what a correction means. Field values
 * are read and written in the canonical text form of {@link FieldChange}.
 */
public record RecordContent(RecordCategory category, RecordSource source, SubjectDescription subject,
                            DisclosureClass disclosure, @Nullable Severity severity,
                            @Nullable PenaltyDetails penalty, @Nullable LicenceDetails licence) {

    public RecordContent {
        boolean penaltyShaped = penalty != null && severity != null && licence == null;
        boolean licenceShaped = licence != null && penalty == null && severity == null;
        if (category == RecordCategory.PENALTY ? !penaltyShaped : !licenceShaped) {
            throw new IllegalArgumentException("content does not match category " + category);
        }
    }

    public static RecordContent of(PenaltyRecorded e) {
        return new RecordContent(RecordCategory.PENALTY, e.source(), e.subject(), e.disclosure(), e.severity(),
                e.details(), null);
    }

    public static RecordContent of(LicenceRecorded e) {
        return new RecordContent(RecordCategory.LICENCE, e.source(), e.subject(), e.disclosure(), null, null,
                e.details());
    }

    public LocalDate decisionDate() {
        return penalty != null ? penalty.decisionDate() : Objects.requireNonNull(licence).decisionDate();
    }

    public String decisionNumber() {
        return penalty != null ? penalty.decisionNumber() : Objects.requireNonNull(licence).decisionNumber();
    }

    /** The record's main content in one line: 处罚内容 of a penalty, 许可内容 of a licence. */
    public String summary() {
        return penalty != null ? penalty.penaltyContent() : Objects.requireNonNull(licence).licenceContent();
    }

    /** Applies the corrections of the event. */
    public RecordContent applying(RecordCorrected corrected) {
        RecordContent result = this;
        for (FieldChange change : corrected.changes()) {
            result = result.with(change.field(), change.newValue());
        }
        return result;
    }

    /** The field's value in canonical text form. */
    public @Nullable String read(CorrectableField field) {
        requireApplicable(field);
        PenaltyDetails p = penalty;
        LicenceDetails l = licence;
        return switch (field) {
            case SUBJECT_NAME -> subject.name();
            case DISCLOSURE -> disclosure.name();
            case DECISION_NUMBER -> decisionNumber();
            case DECISION_DATE -> decisionDate().toString();
            case REMARKS -> p != null ? p.remarks() : Objects.requireNonNull(l).remarks();
            case SEVERITY -> Objects.requireNonNull(severity).name();
            case VIOLATION_TYPE -> Objects.requireNonNull(p).violationType();
            case VIOLATION_FACTS -> Objects.requireNonNull(p).violationFacts();
            case LEGAL_BASIS -> Objects.requireNonNull(p).legalBasis();
            case PENALTY_TYPES -> Objects.requireNonNull(p).penaltyTypes().stream().map(Enum::name)
                    .collect(Collectors.joining(","));
            case PENALTY_CONTENT -> Objects.requireNonNull(p).penaltyContent();
            case FINE_AMOUNT -> decimal(Objects.requireNonNull(p).fineAmount());
            case CONFISCATED_AMOUNT -> decimal(Objects.requireNonNull(p).confiscatedAmount());
            case SUSPENDED_OR_REVOKED_LICENCE -> Objects.requireNonNull(p).suspendedOrRevokedLicence();
            case EFFECTIVE_UNTIL -> Objects.requireNonNull(p).effectiveUntil().toString();
            case DECIDING_AUTHORITY -> Objects.requireNonNull(p).decidingAuthority();
            case DECISION_DOCUMENT_NAME -> Objects.requireNonNull(l).decisionDocumentName();
            case LICENCE_CATEGORY -> Objects.requireNonNull(l).licenceCategory().name();
            case CERTIFICATE_NAME -> Objects.requireNonNull(l).certificateName();
            case LICENCE_NUMBER -> Objects.requireNonNull(l).licenceNumber();
            case LICENCE_CONTENT -> Objects.requireNonNull(l).licenceContent();
            case VALID_FROM -> Objects.requireNonNull(l).validFrom().toString();
            case VALID_TO -> Objects.requireNonNull(l).validTo().toString();
            case LICENSING_AUTHORITY -> Objects.requireNonNull(l).licensingAuthority();
        };
    }

    /**
     * A copy with the field set to a value in canonical text form. A mandatory field set to null is accepted here
     * and reported by the record rules, like a missing field in a submission.
     *
     * @throws InvalidFieldValue if the text is not a value of the field's type
     */
    public RecordContent with(CorrectableField field, @Nullable String value) {
        requireApplicable(field);
        String v = value == null || value.isBlank() ? null : value.strip();
        PenaltyDetails p = penalty;
        LicenceDetails l = licence;
        return switch (field) {
            case SUBJECT_NAME -> new RecordContent(category, source, subject.withName(nullToEmpty(v)), disclosure,
                    severity, p, l);
            case DISCLOSURE -> new RecordContent(category, source, subject,
                    Objects.requireNonNullElse(enumValue(field, DisclosureClass.class, v), disclosure), severity, p, l);
            case SEVERITY -> new RecordContent(category, source, subject, disclosure,
                    Objects.requireNonNullElse(enumValue(field, Severity.class, v), severity), p, l);
            case DECISION_NUMBER, DECISION_DATE, REMARKS -> p != null ? withPenalty(penaltyWith(p, field, v))
                    : withLicence(licenceWith(Objects.requireNonNull(l), field, v));
            case VIOLATION_TYPE, VIOLATION_FACTS, LEGAL_BASIS, PENALTY_TYPES, PENALTY_CONTENT, FINE_AMOUNT,
                 CONFISCATED_AMOUNT, SUSPENDED_OR_REVOKED_LICENCE, EFFECTIVE_UNTIL, DECIDING_AUTHORITY ->
                    withPenalty(penaltyWith(Objects.requireNonNull(p), field, v));
            case DECISION_DOCUMENT_NAME, LICENCE_CATEGORY, CERTIFICATE_NAME, LICENCE_NUMBER, LICENCE_CONTENT,
                 VALID_FROM, VALID_TO, LICENSING_AUTHORITY ->
                    withLicence(licenceWith(Objects.requireNonNull(l), field, v));
        };
    }

    private void requireApplicable(CorrectableField field) {
        if (!field.appliesTo(category)) {
            throw new InvalidFieldValue(field, "a " + category.name().toLowerCase(Locale.ROOT)
                    + " has no field '" + field.fieldName() + "'");
        }
    }

    private RecordContent withPenalty(PenaltyDetails p) {
        return new RecordContent(category, source, subject, disclosure, severity, p, null);
    }

    private RecordContent withLicence(LicenceDetails l) {
        return new RecordContent(category, source, subject, disclosure, severity, null, l);
    }

    private static PenaltyDetails penaltyWith(PenaltyDetails p, CorrectableField f, @Nullable String v) {
        return new PenaltyDetails(
                f == CorrectableField.DECISION_NUMBER ? nullToEmpty(v) : p.decisionNumber(),
                f == CorrectableField.VIOLATION_TYPE ? nullToEmpty(v) : p.violationType(),
                f == CorrectableField.VIOLATION_FACTS ? nullToEmpty(v) : p.violationFacts(),
                f == CorrectableField.LEGAL_BASIS ? nullToEmpty(v) : p.legalBasis(),
                f == CorrectableField.PENALTY_TYPES ? penaltyTypes(f, v) : p.penaltyTypes(),
                f == CorrectableField.PENALTY_CONTENT ? nullToEmpty(v) : p.penaltyContent(),
                f == CorrectableField.FINE_AMOUNT ? decimal(f, v) : p.fineAmount(),
                f == CorrectableField.CONFISCATED_AMOUNT ? decimal(f, v) : p.confiscatedAmount(),
                f == CorrectableField.SUSPENDED_OR_REVOKED_LICENCE ? v : p.suspendedOrRevokedLicence(),
                f == CorrectableField.DECISION_DATE ? date(f, v) : p.decisionDate(),
                f == CorrectableField.EFFECTIVE_UNTIL ? date(f, v) : p.effectiveUntil(),
                f == CorrectableField.DECIDING_AUTHORITY ? nullToEmpty(v) : p.decidingAuthority(),
                p.decidingAuthorityCreditCode(),
                f == CorrectableField.REMARKS ? v : p.remarks());
    }

    private static LicenceDetails licenceWith(LicenceDetails l, CorrectableField f, @Nullable String v) {
        return new LicenceDetails(
                f == CorrectableField.DECISION_DOCUMENT_NAME ? nullToEmpty(v) : l.decisionDocumentName(),
                f == CorrectableField.DECISION_NUMBER ? nullToEmpty(v) : l.decisionNumber(),
                f == CorrectableField.LICENCE_CATEGORY
                        ? Objects.requireNonNullElse(enumValue(f, LicenceCategory.class, v), l.licenceCategory())
                        : l.licenceCategory(),
                f == CorrectableField.CERTIFICATE_NAME ? v : l.certificateName(),
                f == CorrectableField.LICENCE_NUMBER ? v : l.licenceNumber(),
                f == CorrectableField.LICENCE_CONTENT ? nullToEmpty(v) : l.licenceContent(),
                f == CorrectableField.DECISION_DATE ? date(f, v) : l.decisionDate(),
                f == CorrectableField.VALID_FROM ? date(f, v) : l.validFrom(),
                f == CorrectableField.VALID_TO ? date(f, v) : l.validTo(),
                f == CorrectableField.LICENSING_AUTHORITY ? nullToEmpty(v) : l.licensingAuthority(),
                l.licensingAuthorityCreditCode(),
                f == CorrectableField.REMARKS ? v : l.remarks());
    }

    private static String nullToEmpty(@Nullable String v) {
        return v == null ? "" : v;
    }

    private static @Nullable String decimal(@Nullable BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static @Nullable BigDecimal decimal(CorrectableField f, @Nullable String v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidFieldValue(f, "must be a decimal number of 万元, e.g. 1.25");
        }
    }

    private static LocalDate date(CorrectableField f, @Nullable String v) {
        if (v == null) {
            throw new InvalidFieldValue(f, "must not be empty");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldValue(f, "must be a date in the form YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(CorrectableField f, Class<E> type, @Nullable String v) {
        if (v == null) {
            throw new InvalidFieldValue(f, "must not be empty");
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldValue(f, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static List<PenaltyType> penaltyTypes(CorrectableField f, @Nullable String v) {
        List<PenaltyType> types = new ArrayList<>();
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    types.add(Objects.requireNonNull(enumValue(f, PenaltyType.class, part.strip())));
                }
            }
        }
        return types;
    }
}
