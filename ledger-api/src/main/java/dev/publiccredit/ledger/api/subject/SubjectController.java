package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.projections.index.SubjectEventHistory;
import dev.publiccredit.ledger.projections.profile.CreditProfileView;
import dev.publiccredit.ledger.projections.profile.CreditProfiles;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
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

/** A subject's credit profile, and its complete event history for auditors. */
@RestController
@RequestMapping(path = "/api/v1/subjects/{subjectCode}", produces = "application/json")
@Tag(name = "Subjects", description = "Credit profiles and event histories of subjects")
public class SubjectController {

    private static final int MAX_PAGE = 1000;

    private final CreditProfiles profiles;
    private final SubjectEventHistory history;
    private final ReadPosition readPosition;
    private final Clock clock;

    public SubjectController(CreditProfiles profiles, SubjectEventHistory history, ReadPosition readPosition,
                             Clock clock) {
        this.profiles = profiles;
        this.history = history;
        this.readPosition = readPosition;
        this.clock = clock;
    }

    @GetMapping("/profile")
    @Operation(summary = "The subject's credit profile: identity, current name, records by category with status",
            description = "subjectCode is a unified social credit code, citizen ID number or business registration "
                    + "number, normalised (spaces, lower case, full-width characters). Send X-Ledger-Await-Position "
                    + "with a write's X-Ledger-Position to read that write.")
    public CreditProfileView profile(@PathVariable String subjectCode,
                                     @Parameter(description = "position a write answered; the read waits for it")
                                     @RequestHeader(name = ReadPosition.AWAIT, required = false)
                                     @Nullable String awaitPosition) {
        String code = PathValues.subjectCode(subjectCode);
        readPosition.await(CreditProfileProjector.GROUP, awaitPosition);
        return profiles.find(code, LocalDate.now(clock))
                .orElseThrow(() -> new NotFound("The ledger has no record about this subject."));
    }

    @GetMapping("/events")
    @Operation(summary = "The subject's complete event history, in stored order, each event with its metadata",
            description = "Read from the event store itself, complete for every acknowledged write. Pages of at most "
                    + MAX_PAGE + " events: pass the last globalIndex seen as 'after' for the next page.")
    public EventHistoryResponse events(@PathVariable String subjectCode,
                                       @RequestParam(defaultValue = "-1") long after,
                                       @RequestParam(defaultValue = "" + MAX_PAGE) int limit) {
        String code = PathValues.subjectCode(subjectCode);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new dev.publiccredit.ledger.api.web.InvalidRequest("limit", "must be from 1 to " + MAX_PAGE);
        }
        if (!history.subjectExists(code)) {
            throw new NotFound("The ledger has no record about this subject.");
        }
        List<SubjectEventHistory.StoredEvent> events = history.eventsOf(code, after, limit);
        Long next = events.size() == limit ? events.get(events.size() - 1).globalIndex() : null;
        return new EventHistoryResponse(code, events, next);
    }

    /** A page of a subject's events; {@code nextAfter} is the 'after' of the next page, null on the last. */
    public record EventHistoryResponse(String subjectCode, List<SubjectEventHistory.StoredEvent> events,
                                       @Nullable Long nextAfter) {
    }
}
