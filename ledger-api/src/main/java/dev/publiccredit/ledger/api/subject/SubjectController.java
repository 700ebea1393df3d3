package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.security.RecordVisibility;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.projections.index.SubjectEventHistory;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.listing.ListingSummary;
import dev.publiccredit.ledger.projections.listing.SubjectMeasuresView;
import dev.publiccredit.ledger.projections.profile.CreditProfileView;
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

import java.util.List;

/** A subject's credit profile (now, on a business date, or as recorded at a time), and its event history. */
@RestController
@RequestMapping(path = "/api/v1/subjects/{subjectCode}", produces = "application/json")
@Tag(name = "Subjects", description = "Credit profiles and event histories of subjects")
public class SubjectController {

    private static final int MAX_PAGE = 1000;

    private final SubjectViews views;
    private final SubjectEventHistory history;
    private final ReadPosition readPosition;
    private final RecordVisibility visibility;
    private final AccessLog accessLog;

    SubjectController(SubjectViews views, SubjectEventHistory history, ReadPosition readPosition,
                      RecordVisibility visibility, AccessLog accessLog) {
        this.visibility = visibility;
        this.views = views;
        this.history = history;
        this.readPosition = readPosition;
        this.accessLog = accessLog;
    }

    @GetMapping("/profile")
    @Operation(summary = "The subject's credit profile: identity, current name, records by category with status, "
            + "active listings and the joint measures in force today, on a business date, or as recorded at a time",
            description = "subjectCode is a unified social credit code, citizen ID number or business registration "
                    + "number, normalised (spaces, lower case, full-width characters). Send X-Ledger-Await-Position "
                    + "with a write's X-Ledger-Position to read that write. validOn=<date>: statuses on that day by "
                    + "today's knowledge. asOf=<instant>: the profile as the ledger knew it then, rebuilt from the "
                    + "events recorded at or before it, statuses on that day in China Standard Time. Only the "
                    + "records the caller may see by its role and their disclosure class are shown and counted "
                    + "(docs/disclosure.md).")
    public SubjectProfile profile(@PathVariable String subjectCode,
                                  @Parameter(description = "position a write answered; the read waits for it")
                                  @RequestHeader(name = ReadPosition.AWAIT, required = false)
                                  @Nullable String awaitPosition,
                                  @Parameter(description = "a recorded time (ISO-8601 instant), not in the future")
                                  @RequestParam(required = false) @Nullable String asOf,
                                  @Parameter(description = "a business date (yyyy-MM-dd)")
                                  @RequestParam(required = false) @Nullable String validOn) {
        String code = PathValues.subjectCode(subjectCode);
        if (asOf != null || validOn != null) {
            Caller.current().require("read as-of views (asOf, validOn)", Role.AUDITOR);
        }
        readPosition.await(CreditProfileProjector.GROUP, awaitPosition);
        readPosition.await(ListingProjector.GROUP, awaitPosition);
        // only the records the caller may see (docs/disclosure.md); none: as if the subject had no record
        SubjectProfile profile = views.profile(code, asOf, validOn)
                .flatMap(p -> visibility.visibleProfile(p.profile()).map(shown -> new SubjectProfile(shown,
                        p.listings(), p.restrictions(), p.incentives())))
                .orElseThrow(() -> new NotFound("The ledger has no record about this subject."));
        accessLog.record(asOf != null ? AccessView.PROFILE_AS_OF
                : validOn != null ? AccessView.PROFILE_VALID_ON : AccessView.PROFILE, code, null, null);
        return profile;
    }

    /**
     * The credit profile with the subject's listings active today and the joint measures in force today: restrictions
     * (联合惩戒) and incentives (联合激励), each with its end date. A measure lifted by a repair is not in force.
     */
    public record SubjectProfile(@JsonUnwrapped CreditProfileView profile, List<ListingSummary> listings,
                                 List<SubjectMeasuresView.ActiveMeasure> restrictions,
                                 List<SubjectMeasuresView.ActiveMeasure> incentives) {
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
        accessLog.record(AccessView.EVENT_HISTORY, code, null, null);
        return new EventHistoryResponse(code, events, next);
    }

    /** A page of a subject's events; {@code nextAfter} is the 'after' of the next page, null on the last. */
    public record EventHistoryResponse(String subjectCode, List<SubjectEventHistory.StoredEvent> events,
                                       @Nullable Long nextAfter) {
    }
}
