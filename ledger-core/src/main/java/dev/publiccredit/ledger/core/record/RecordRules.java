package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.BusinessRegistrationNumber;
import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The field rules of a licence or penalty (credit-rules §2): mandatory fields, lengths, dates, amounts in 万元, the
 * conditions between fields, and who may be disclosed publicly. Every path that stores a record applies them: the
 * single-record API checks before it sends a command, the aggregate checks again before it decides. Each violation
 * names the field by its path in the submission.
 */
public final class RecordRules {

    /** Short texts: numbers, names, types. */
    public static final int SHORT_TEXT = 255;
    /** Long texts: facts, legal basis, content, remarks. */
    public static final int LONG_TEXT = 4000;
    /** 万元 to the fen (0.01 yuan): 6 decimals; at most 10 digits before the point. */
    public static final int AMOUNT_SCALE = 6;
    private static final int AMOUNT_INTEGER_DIGITS = 10;
    private static final LocalDate EARLIEST_DECISION = LocalDate.of(1949, 10, 1);

    private RecordRules() {
    }

    public static List<FieldViolation> check(RecordContent content, LocalDate submittedOn) {
        List<FieldViolation> v = new ArrayList<>();
        checkSource(content.source(), v);
        checkSubject(content.subject(), v);
        if (content.subject().kind() == SubjectKind.NATURAL_PERSON && content.disclosure() == DisclosureClass.PUBLIC) {
            v.add(new FieldViolation("disclosure", "records about a natural person are not disclosed publicly "
                    + "(Shandong art. 20, Zhejiang art. 15): use AUTHORIZED or SHARED"));
        }
        if (content.penalty() != null) {
            checkPenalty(content.penalty(), submittedOn, v);
        }
        if (content.licence() != null) {
            checkLicence(content.licence(), submittedOn, v);
        }
        return v;
    }

    private static void checkSource(RecordSource s, List<FieldViolation> v) {
        text("sourceRecordId", s.sourceRecordId(), 128, v);
        text("sourceDepartmentName", s.departmentName(), SHORT_TEXT, v);
        creditCode("sourceDepartmentCreditCode", s.departmentCreditCode(), v);
    }

    /** The subject's name, identifier and legal representative; shared with listings, which name a subject too. */
    public static void checkSubject(SubjectDescription s, List<FieldViolation> v) {
        text("subject.name", s.name(), SHORT_TEXT, v);
        try {
            switch (s.kind()) {
                case LEGAL_PERSON, OTHER_ORGANISATION -> new UnifiedSocialCreditCode(s.code());
                case NATURAL_PERSON -> new CitizenIdNumber(s.code());
                case INDIVIDUAL_BUSINESS -> {
                    if (s.code().equals(s.registrationNumber())) {
                        new BusinessRegistrationNumber(s.code());
                    } else {
                        new UnifiedSocialCreditCode(s.code());
                    }
                }
            }
        } catch (InvalidSubjectIdentifier e) {
            v.add(new FieldViolation("subject.code", e.reason()));
        }
        if (s.legalRepresentative() != null) {
            text("subject.legalRepresentative.name", s.legalRepresentative().name(), SHORT_TEXT, v);
            optionalText("subject.legalRepresentative.idType", s.legalRepresentative().idType(), SHORT_TEXT, v);
            optionalText("subject.legalRepresentative.idNumber", s.legalRepresentative().idNumber(), 64, v);
        }
    }

    private static void checkPenalty(PenaltyDetails p, LocalDate submittedOn, List<FieldViolation> v) {
        text("decisionNumber", p.decisionNumber(), SHORT_TEXT, v);
        text("violationType", p.violationType(), SHORT_TEXT, v);
        text("violationFacts", p.violationFacts(), LONG_TEXT, v);
        text("legalBasis", p.legalBasis(), LONG_TEXT, v);
        text("penaltyContent", p.penaltyContent(), LONG_TEXT, v);
        text("decidingAuthority", p.decidingAuthority(), SHORT_TEXT, v);
        creditCode("decidingAuthorityCreditCode", p.decidingAuthorityCreditCode(), v);
        optionalText("suspendedOrRevokedLicence", p.suspendedOrRevokedLicence(), SHORT_TEXT, v);
        optionalText("remarks", p.remarks(), LONG_TEXT, v);
        if (p.penaltyTypes().isEmpty()) {
            v.add(new FieldViolation("penaltyTypes", "must name at least one penalty type"));
        } else if (new HashSet<>(p.penaltyTypes()).size() != p.penaltyTypes().size()) {
            v.add(new FieldViolation("penaltyTypes", "must not name a penalty type twice"));
        }
        amount("fineAmount", p.fineAmount(), v);
        amount("confiscatedAmount", p.confiscatedAmount(), v);
        if (p.penaltyTypes().contains(PenaltyType.FINE)
                && (p.fineAmount() == null || p.fineAmount().signum() == 0)) {
            v.add(new FieldViolation("fineAmount", "required and above zero when penaltyTypes includes FINE"));
        }
        if ((p.penaltyTypes().contains(PenaltyType.SUSPENSION_OF_LICENCE)
                || p.penaltyTypes().contains(PenaltyType.REVOCATION_OF_LICENCE))
                && isBlank(p.suspendedOrRevokedLicence())) {
            v.add(new FieldViolation("suspendedOrRevokedLicence",
                    "required when a licence is suspended or revoked: name and number of the licence"));
        }
        decisionDate(p.decisionDate(), submittedOn, v);
        if (p.effectiveUntil().isBefore(p.decisionDate())) {
            v.add(new FieldViolation("effectiveUntil", "must not be before the decision date"));
        }
    }

    private static void checkLicence(LicenceDetails l, LocalDate submittedOn, List<FieldViolation> v) {
        text("decisionDocumentName", l.decisionDocumentName(), SHORT_TEXT, v);
        text("decisionNumber", l.decisionNumber(), SHORT_TEXT, v);
        text("licenceContent", l.licenceContent(), LONG_TEXT, v);
        text("licensingAuthority", l.licensingAuthority(), SHORT_TEXT, v);
        creditCode("licensingAuthorityCreditCode", l.licensingAuthorityCreditCode(), v);
        optionalText("certificateName", l.certificateName(), SHORT_TEXT, v);
        optionalText("licenceNumber", l.licenceNumber(), SHORT_TEXT, v);
        optionalText("remarks", l.remarks(), LONG_TEXT, v);
        decisionDate(l.decisionDate(), submittedOn, v);
        if (l.validTo().isBefore(l.validFrom())) {
            v.add(new FieldViolation("validTo", "must not be before validFrom"));
        }
    }

    private static void decisionDate(LocalDate date, LocalDate submittedOn, List<FieldViolation> v) {
        if (date.isAfter(submittedOn)) {
            v.add(new FieldViolation("decisionDate", "must not be in the future (today is " + submittedOn + ")"));
        } else if (date.isBefore(EARLIEST_DECISION)) {
            v.add(new FieldViolation("decisionDate", "must not be before " + EARLIEST_DECISION));
        }
    }

    private static void amount(String field, @Nullable BigDecimal amount, List<FieldViolation> v) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            v.add(new FieldViolation(field, "must not be negative"));
        } else if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            v.add(new FieldViolation(field, "at most " + AMOUNT_SCALE + " decimals: the amount is in 万元"));
        } else if (amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS) {
            v.add(new FieldViolation(field, "too large for an amount in 万元"));
        }
    }

    private static void creditCode(String field, @Nullable String code, List<FieldViolation> v) {
        if (isBlank(code)) {
            v.add(new FieldViolation(field, "must not be empty"));
            return;
        }
        try {
            UnifiedSocialCreditCode.parse(Objects.requireNonNull(code));
        } catch (InvalidSubjectIdentifier e) {
            v.add(new FieldViolation(field, e.reason()));
        }
    }

    /** A mandatory text: not blank, at most {@code maxLength} characters, no control characters but tab and newlines. */
    public static void text(String field, @Nullable String value, int maxLength, List<FieldViolation> v) {
        if (isBlank(value)) {
            v.add(new FieldViolation(field, "must not be empty"));
        } else {
            optionalText(field, value, maxLength, v);
        }
    }

    /** An optional text: when given, at most {@code maxLength} characters, no control characters. */
    public static void optionalText(String field, @Nullable String value, int maxLength, List<FieldViolation> v) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            v.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            v.add(new FieldViolation(field, "must not contain control characters"));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
