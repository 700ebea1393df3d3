package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.Masking;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of a subject (双公示): its records of disclosure class PUBLIC that are in publicity, never a
 * natural person's (credit-rules §2, §6), now or as the public could see them at a recorded time. Personal
 * identifiers in what it shows are masked ({@link Masking#identifiersIn}, docs/disclosure.md).
 */
@RestController
@RequestMapping(path = "/api/v1/public/subjects/{subjectCode}", produces = "application/json")
@Tag(name = "Public", description = "What the public sees")
public class PublicSubjectController {

    private final SubjectViews views;
    private final ReadPosition readPosition;
    private final Clock clock;
    private final AccessLog accessLog;

    PublicSubjectController(SubjectViews views, ReadPosition readPosition, Clock clock, AccessLog accessLog) {
        this.views = views;
        this.readPosition = readPosition;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping
    @Operation(summary = "The subject's publicly disclosed records, now or as the public could see them at asOf",
            description = "Records of disclosure class PUBLIC in publicity on the day (China Standard Time), with "
                    + "their public fields. 404 when nothing is public, and always for natural persons. Every "
                    + "citizen ID in the texts shown is masked, e.g. 440308********1234 (docs/disclosure.md).")
    public PublicSubject subject(@PathVariable String subjectCode,
                                 @Parameter(description = "position a write answered; the read waits for it")
                                 @RequestHeader(name = ReadPosition.AWAIT, required = false)
                                 @Nullable String awaitPosition,
                                 @Parameter(description = "a recorded time (ISO-8601 instant), not in the future")
                                 @RequestParam(required = false) @Nullable String asOf) {
        String code = PathValues.subjectCode(subjectCode);
        if (asOf != null) {
            Caller.current().require("read as-of views (asOf)", Role.AUDITOR);
        }
        readPosition.await(CreditProfileProjector.GROUP, awaitPosition);
        CreditProfileView profile = (asOf != null ? views.asOf(code, views.asOf(asOf))
                : views.on(code, LocalDate.now(clock)))
                .map(SubjectController.SubjectProfile::profile)
                .filter(p -> !p.subject().kind().equals(SubjectKind.NATURAL_PERSON.name()))
                .orElseThrow(PublicSubjectController::nothingPublic);
        List<PublicRecord> licences = shown(profile.licences());
        List<PublicRecord> penalties = shown(profile.penalties());
        if (licences.isEmpty() && penalties.isEmpty()) {
            throw nothingPublic();
        }
        if (asOf != null) {
            // what the public saw then is public, but looking back is an auditor's query about the subject
            accessLog.record(AccessView.PUBLIC_VIEW_AS_OF, code, null, null);
        }
        return new PublicSubject(profile.subject().code(), Masking.identifiersIn(profile.subject().name()),
                profile.subject().kind(), profile.statusOn(), licences, penalties);
    }

    private static List<PublicRecord> shown(List<CreditProfileView.ProfileRecord> records) {
        return records.stream()
                .filter(r -> r.disclosed() && r.disclosure().equals(DisclosureClass.PUBLIC.name()))
                .map(r -> new PublicRecord(r.recordId(), r.category(), r.sourceDepartment(),
                        Masking.identifiersIn(r.decisionNumber()), r.decisionDate(), Masking.identifiersIn(r.summary()),
                        r.publicityWindow().startsOn(), r.publicityWindow().latestEndOn(), r.underObjection(),
                        r.objection() == null ? null : Masking.identifiersIn(r.objection().annotation())))
                .toList();
    }

    private static NotFound nothingPublic() {
        return new NotFound("Nothing about this subject is public.");
    }

    /** A subject's public records on {@code shownOn}, newest decision first. */
    public record PublicSubject(String subjectCode, String name, String kind, LocalDate shownOn,
                                List<PublicRecord> licences, List<PublicRecord> penalties) {
    }

    /**
     * One public record: what double publicity publishes, with its publicity period; {@code underObjection} is the
     * objection flag (异议标注) and {@code annotation} what an undecidable objection left.
     */
    public record PublicRecord(String recordId, String category, String sourceDepartment, String decisionNumber,
                               LocalDate decisionDate, String summary, LocalDate publicityStartsOn,
                               @Nullable LocalDate publicityEndsOn, boolean underObjection,
                               @Nullable String annotation) {
    }
}
