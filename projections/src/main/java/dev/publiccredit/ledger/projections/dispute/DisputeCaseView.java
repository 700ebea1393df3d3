package dev.publiccredit.ledger.projections.dispute;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One case as it stands on {@code asOf}: an objection ({@code ground}, {@code objector}, {@code statement},
 * {@code evidence}) or a repair application ({@code kind}, {@code applicant}, {@code materials},
 * {@code earliestRepairOn}); the deadline in force and whether it has passed; how it was decided; every deadline set
 * for it and its history.
 *
 * @param department the department that decides: the record's source department, or the one the objection was
 *                   forwarded to
 * @param due        what the deadline in force is for, with {@code dueOn}; both null when nothing is due
 * @param overdue    whether {@code dueOn} is before {@code asOf}
 */
public record DisputeCaseView(String caseId, CaseType type, String recordId, String subjectCode,
                              String sourceDepartment, String department, CaseStatus status,
                              @Nullable String ground, @Nullable Objector objector, @Nullable String statement,
                              List<String> evidence,
                              @Nullable String kind, @Nullable String applicant, List<Material> materials,
                              @Nullable LocalDate earliestRepairOn,
                              LocalDate openedOn, @Nullable Due due, @Nullable LocalDate dueOn, boolean overdue,
                              LocalDate asOf, boolean extensionUsed, boolean reviewRequested,
                              @Nullable LocalDate closedOn, @Nullable String outcome, @Nullable Boolean decidedOnTime,
                              @Nullable String annotation, @Nullable String listingId,
                              List<Deadline> deadlines, List<HistoryEntry> history,
                              Instant openedAt, Instant lastChangedAt) {

    public record Objector(String name, String role, @Nullable String contact) {
    }

    public record Material(String type, String reference, @Nullable String description) {
    }

    /**
     * A deadline decided for the case, as stored in its event. {@code inForce} until the step it was for was taken
     * ({@code endedOn}, {@code endedBy}: the step, or EXTENDED when an extension replaced it); {@code met} says
     * whether that step came by {@code dueOn} (null while in force and for a replaced deadline).
     */
    public record Deadline(Due due, LocalDate from, int workingDays, LocalDate dueOn, String calendarVersion,
                           boolean calendarCovered, @Nullable String ruleSet, boolean inForce,
                           @Nullable LocalDate endedOn, @Nullable String endedBy, @Nullable Boolean met) {
    }

    /**
     * One event of the case: what happened ({@code action}), its business date, when the ledger recorded it, the
     * case's status after it, and what it said.
     */
    public record HistoryEntry(long entryNo, String action, LocalDate on, Instant recordedAt, CaseStatus status,
                               Map<String, Object> details) {
    }
}
