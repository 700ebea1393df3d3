package dev.publiccredit.ledger.projections.listing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One listing as it stands: what it is about, its notice step (serious dishonesty), the decision, its end, the
 * measures it applied, how it can come off the list ({@code removalNotice}), and the repairs of its basis record that
 * lift its measures.
 */
public record ListingView(String listingId, String kind, ListingStatus status, Subject subject, String department,
                          String sourceListingId, @Nullable String basisRecordId, String grounds, String legalBasis,
                          @Nullable Notice notice, @Nullable Decision decision, @Nullable Removal removal,
                          @Nullable LocalDate expiredOn, List<Measure> measures, RemovalNotice removalNotice,
                          List<RepairRelief> repairReliefs, @Nullable String catalogueVersion, String ruleSet,
                          Instant createdAt, Instant lastChangedAt) {

    public record Subject(String kind, String code, String name) {
    }

    /**
     * The prior notice (告知): the subject may answer until {@code answerDueOn}; the decision can be taken from
     * {@code earliestDecisionOn}.
     */
    public record Notice(String documentNumber, LocalDate noticedOn, LocalDate answerDueOn,
                         LocalDate earliestDecisionOn) {
    }

    /** The listing decision; {@code endsOn} (and {@code periodMonths}) {@code null}: listed until removed. */
    public record Decision(String documentNumber, LocalDate listedOn, @Nullable Integer periodMonths,
                           @Nullable LocalDate endsOn) {
    }

    public record Removal(String reason, String explanation, LocalDate removedOn, @Nullable String objectionId) {
    }

    /** A measure as applied: in force from {@code startsOn} to the day before {@code endsOn}. */
    public record Measure(String code, String type, String description, String legalBasis, LocalDate startsOn,
                          @Nullable LocalDate endsOn) {
    }

    /**
     * How the subject comes off the list (like the repair notice 信用修复告知书 served with a decision):
     * the published removal conditions, and the first day early removal may be asked for ({@code null}: no minimum
     * time, or not listed yet).
     */
    public record RemovalNotice(String removalConditions, @Nullable LocalDate earliestEarlyRemovalOn) {
    }

    /** A repair of the basis record: measures lifted from {@code from} until {@code until} ({@code null}: for good). */
    public record RepairRelief(String applicationId, boolean temporary, LocalDate from, @Nullable LocalDate until,
                               @Nullable LocalDate finalisedOn) {
    }
}
