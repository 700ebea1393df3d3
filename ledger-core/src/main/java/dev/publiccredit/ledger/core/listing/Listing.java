package dev.publiccredit.ledger.core.listing;

import dev.publiccredit.ledger.core.listing.command.DecideListing;
import dev.publiccredit.ledger.core.listing.command.ExpireListing;
import dev.publiccredit.ledger.core.listing.command.IssueListingNotice;
import dev.publiccredit.ledger.core.listing.command.ListSubject;
import dev.publiccredit.ledger.core.listing.command.ListingOutcome;
import dev.publiccredit.ledger.core.listing.command.RemoveListing;
import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingExpired;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingNoticeIssued;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.listing.event.ListingRemoved;
import dev.publiccredit.ledger.core.listing.event.SubjectListed;
import dev.publiccredit.ledger.core.policy.ListingPolicies;
import dev.publiccredit.ledger.core.policy.ListingPolicy;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One entry of a list (名单): a serious-dishonesty listing from its prior notice (告知) through the decision to its
 * removal or expiry, or a redlist or business-anomaly entry from its listing. Command handlers check the rules and
 * decide (the waiting period, the end date, the measures applied); event sourcing handlers only assign state.
 * See docs/listings.md.
 */
public class Listing {

    private enum Status { NOTICE, LISTED, REMOVED, EXPIRED }

    private static final Set<ListingRemovalReason> AT_NOTICE =
            EnumSet.of(ListingRemovalReason.NOTICE_WITHDRAWN, ListingRemovalReason.OBJECTION_UPHELD);
    private static final Set<ListingRemovalReason> WHEN_LISTED = EnumSet.of(ListingRemovalReason.CONDITIONS_MET,
            ListingRemovalReason.EARLY_REMOVAL, ListingRemovalReason.OBJECTION_UPHELD);

    @AggregateIdentifier
    private @Nullable ListingId listingId;
    private @Nullable Status status;
    private @Nullable ListingKind kind;
    private @Nullable ListingParticulars particulars;
    private @Nullable String removalConditions;
    private @Nullable LocalDate noticedOn;
    private @Nullable LocalDate earliestDecisionOn;
    private @Nullable LocalDate listedOn;
    private @Nullable LocalDate endsOn;
    private @Nullable LocalDate earliestEarlyRemovalOn;

    protected Listing() {
        // for Axon: created empty, then sourced from its events
    }

    /** Serves the notice of a serious-dishonesty listing; the listing already existing, stores nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ListingOutcome handle(IssueListingNotice command, ListingPolicies policies) {
        if (listingId != null) {
            return new ListingOutcome(listingId, true);
        }
        requireDerivedId(command.listingId(), command.particulars());
        requireValid(ListingRules.checkNew(ListingKind.SERIOUS_DISHONESTY, command.particulars(),
                command.noticeDocumentNumber(), command.noticedOn(), command.removalConditions(),
                command.submittedOn()));
        WorkingDayDeadline waitingPeriod = policies.listing().noticeWaitingPeriod(command.noticedOn());
        apply(new ListingNoticeIssued(command.listingId(), ListingKind.SERIOUS_DISHONESTY,
                command.particulars().stripped(), command.noticeDocumentNumber().strip(), command.noticedOn(),
                command.removalConditions().strip(), waitingPeriod, ListingPolicy.earliestDecisionOn(waitingPeriod),
                policies.listing().ruleSet(), command.submittedAt()));
        return new ListingOutcome(command.listingId(), false);
    }

    /** Lists a subject on a list without notice step; the listing already existing, stores nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ListingOutcome handle(ListSubject command, ListingPolicies policies) {
        if (listingId != null) {
            return new ListingOutcome(listingId, true);
        }
        requireDerivedId(command.listingId(), command.particulars());
        if (command.kind() == ListingKind.SERIOUS_DISHONESTY) {
            throw new LedgerRuleRefusal(RuleCode.LISTING_NOTICE_REQUIRED, "A serious-dishonesty listing needs its "
                    + "prior notice (告知) first (国办发〔2020〕49号 §§6-8): issue the notice, then decide.");
        }
        List<FieldViolation> violations = ListingRules.checkNew(command.kind(), command.particulars(),
                command.decisionDocumentNumber(), command.listedOn(), command.removalConditions(),
                command.submittedOn());
        policies.listing().checkPeriod(command.kind(), command.periodMonths(), violations);
        requireValid(violations);
        apply(listed(policies, command.listingId(), command.kind(), command.particulars().stripped(),
                command.decisionDocumentNumber().strip(), command.listedOn(), command.periodMonths(),
                command.removalConditions().strip(), command.submittedAt()));
        return new ListingOutcome(command.listingId(), false);
    }

    /** The listing decision after the notice, once the waiting period has run. */
    @CommandHandler
    public void handle(DecideListing command, ListingPolicies policies) {
        if (status != Status.NOTICE) {
            throw stateRefusal("is " + describeStatus() + "; only a listing at its notice step can be decided");
        }
        ListingKind listingKind = Objects.requireNonNull(kind);
        List<FieldViolation> violations = ListingRules.checkDecision(command.decisionDocumentNumber(),
                command.listedOn(), command.removalConditions(), command.submittedOn());
        policies.listing().checkPeriod(listingKind, command.periodMonths(), violations);
        requireValid(violations);
        LocalDate earliest = Objects.requireNonNull(earliestDecisionOn);
        if (command.listedOn().isBefore(earliest)) {
            throw new LedgerRuleRefusal(RuleCode.LISTING_NOTICE_PERIOD_RUNNING, "The subject has until "
                    + earliest.minusDays(1) + " to answer the notice of " + noticedOn
                    + "; the listing can be decided from " + earliest + ".",
                    Map.of("earliestDecisionOn", earliest.toString()));
        }
        String conditions = command.removalConditions() != null ? command.removalConditions().strip()
                : Objects.requireNonNull(removalConditions);
        apply(listed(policies, Objects.requireNonNull(listingId), listingKind, Objects.requireNonNull(particulars),
                command.decisionDocumentNumber().strip(), command.listedOn(), command.periodMonths(), conditions,
                command.submittedAt()));
    }

    @CommandHandler
    public void handle(RemoveListing command) {
        Set<ListingRemovalReason> allowed = status == Status.NOTICE ? AT_NOTICE
                : status == Status.LISTED ? WHEN_LISTED : Set.of();
        if (!allowed.contains(command.reason())) {
            throw stateRefusal("is " + describeStatus() + (allowed.isEmpty() ? " and cannot be removed"
                    : "; it can be removed for " + allowed + " only, not " + command.reason()));
        }
        List<FieldViolation> violations = ListingRules.checkRemoval(command.explanation(), command.removedOn(),
                command.submittedOn());
        LocalDate from = status == Status.NOTICE ? Objects.requireNonNull(noticedOn)
                : Objects.requireNonNull(listedOn);
        if (command.removedOn().isBefore(from)) {
            violations.add(new FieldViolation("removedOn", "must not be before "
                    + (status == Status.NOTICE ? "the notice of " : "the listing on ") + from));
        }
        if (command.objectionId() != null && command.reason() != ListingRemovalReason.OBJECTION_UPHELD) {
            violations.add(new FieldViolation("objectionId", "only with reason OBJECTION_UPHELD"));
        }
        requireValid(violations);
        if (endsOn != null && !command.removedOn().isBefore(endsOn)) {
            throw stateRefusal("ran until " + endsOn + " and cannot be removed on " + command.removedOn());
        }
        if (command.reason() == ListingRemovalReason.EARLY_REMOVAL && earliestEarlyRemovalOn != null
                && command.removedOn().isBefore(earliestEarlyRemovalOn)) {
            throw new LedgerRuleRefusal(RuleCode.LISTING_EARLY_REMOVAL_TOO_SOON, "A " + kind
                    + " listing can be removed early from " + earliestEarlyRemovalOn + ", after the minimum time on "
                    + "the list.", Map.of("earliestRemovalOn", earliestEarlyRemovalOn.toString()));
        }
        apply(new ListingRemoved(listingId, Objects.requireNonNull(kind), subjectCode(), command.reason(),
                command.explanation().strip(), command.removedOn(), command.objectionId(), command.submittedAt()));
    }

    /** Applies the expiry once, when due; answers whether it did. */
    @CommandHandler
    public boolean handle(ExpireListing command) {
        if (status != Status.LISTED || endsOn == null || command.today().isBefore(endsOn)) {
            return false;
        }
        apply(new ListingExpired(listingId, Objects.requireNonNull(kind), subjectCode(), endsOn, command.now()));
        return true;
    }

    /** The listing decision: its end and its measures decided under {@code policies}. */
    private static SubjectListed listed(ListingPolicies policies, ListingId id, ListingKind kind,
                                        ListingParticulars particulars, String documentNumber, LocalDate listedOn,
                                        @Nullable Integer periodMonths, String removalConditions,
                                        Instant recordedAt) {
        ListingPolicy policy = policies.listing();
        Integer months = policy.appliedMonths(kind, periodMonths);
        LocalDate endsOn = months == null ? null : listedOn.plusMonths(months);
        List<AppliedMeasure> measures = policies.measures().measuresFor(kind).stream()
                .map(m -> m.applyFrom(listedOn, endsOn)).toList();
        return new SubjectListed(id, kind, particulars, documentNumber, listedOn, months, endsOn,
                policy.earliestEarlyRemovalOn(kind, listedOn), removalConditions, measures,
                policies.measures().version(), policy.ruleSet(), recordedAt);
    }

    private String subjectCode() {
        return Objects.requireNonNull(particulars).subject().code();
    }

    private String describeStatus() {
        if (status == Status.EXPIRED) {
            return "expired (it ended on " + endsOn + ")";
        }
        return status == null ? "unknown" : status.name().toLowerCase(Locale.ROOT);
    }

    private LedgerRuleRefusal stateRefusal(String what) {
        return new LedgerRuleRefusal(RuleCode.LISTING_STATE, "Listing " + listingId + " " + what + ".",
                Map.of("status", status == null ? "UNKNOWN" : status.name()));
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }

    private static void requireDerivedId(ListingId id, ListingParticulars particulars) {
        if (!id.equals(ListingId.forSource(particulars.department(), particulars.sourceListingId()))) {
            throw new IllegalArgumentException("listing id " + id + " is not derived from its source");
        }
    }

    @EventSourcingHandler
    void on(ListingNoticeIssued event) {
        listingId = event.listingId();
        status = Status.NOTICE;
        kind = event.kind();
        particulars = event.particulars();
        removalConditions = event.removalConditions();
        noticedOn = event.noticedOn();
        earliestDecisionOn = event.earliestDecisionOn();
    }

    @EventSourcingHandler
    void on(SubjectListed event) {
        listingId = event.listingId();
        status = Status.LISTED;
        kind = event.kind();
        particulars = event.particulars();
        removalConditions = event.removalConditions();
        listedOn = event.listedOn();
        endsOn = event.endsOn();
        earliestEarlyRemovalOn = event.earliestEarlyRemovalOn();
    }

    @EventSourcingHandler
    void on(ListingRemoved event) {
        status = Status.REMOVED;
    }

    @EventSourcingHandler
    void on(ListingExpired event) {
        status = Status.EXPIRED;
    }
}
