package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One objection (异议) to a credit record, as far as the record's rules need it. Immutable: the record's event
 * sourcing handlers replace it with the value an event leads to. {@code deadline} is the deadline in force: the
 * decision deadline (extended or not) until the first decision, then the review deadline.
 */
record Objection(ObjectionId id, Status status, String objectorName, ObjectionGround ground, String statement,
                 LocalDate raisedOn, WorkingDayDeadline deadline, boolean extended,
                 @Nullable ObjectionOutcome firstOutcome) {

    /** OPEN (raised) -> FORWARDED -> DECIDED -> UNDER_REVIEW -> CLOSED (review decided). */
    enum Status { OPEN, FORWARDED, DECIDED, UNDER_REVIEW, CLOSED }

    /** A first decision that ended or deleted the record's disclosure... */
    private static final Set<ObjectionOutcome> ENDING = EnumSet.of(ObjectionOutcome.DELETE,
            ObjectionOutcome.STOP_DISCLOSURE);
    /** ...is reversed by a review that finds the record stands. */
    private static final Set<ObjectionOutcome> STANDING = EnumSet.of(ObjectionOutcome.UNFLAG,
            ObjectionOutcome.ANNOTATE, ObjectionOutcome.CORRECT, ObjectionOutcome.SUPPLEMENT);

    static Objection raised(ObjectionRaised event) {
        return new Objection(event.objectionId(), Status.OPEN, event.objector().name(), event.ground(),
                event.statement(), event.raisedOn(), event.decisionDeadline(), false, null);
    }

    /** Open: raised, forwarded or under review, so the record is flagged as under objection. */
    boolean isOpen() {
        return status == Status.OPEN || status == Status.FORWARDED || status == Status.UNDER_REVIEW;
    }

    /** Waiting for its first decision. */
    boolean isInFirstStage() {
        return status == Status.OPEN || status == Status.FORWARDED;
    }

    /** The stage a decision now would decide, or null when nothing is waiting for a decision. */
    @Nullable ObjectionStage stageToDecide() {
        if (isInFirstStage()) {
            return ObjectionStage.FIRST;
        }
        return status == Status.UNDER_REVIEW ? ObjectionStage.REVIEW : null;
    }

    /** Whether an objection with these values says the same as this one. */
    boolean repeats(String name, ObjectionGround otherGround, String otherStatement) {
        return objectorName.equals(name) && ground == otherGround && statement.equals(otherStatement);
    }

    /**
     * Whether a decision of this stage and outcome reverses the first decision: the review of a DELETE or
     * STOP_DISCLOSURE finds the record stands (UNFLAG, ANNOTATE, CORRECT or SUPPLEMENT).
     */
    boolean isReversedBy(ObjectionStage stage, ObjectionOutcome outcome) {
        return stage == ObjectionStage.REVIEW && firstOutcome != null && ENDING.contains(firstOutcome)
                && STANDING.contains(outcome);
    }

    Objection forwarded() {
        return status == Status.OPEN ? with(Status.FORWARDED, deadline) : this;
    }

    Objection extendedTo(WorkingDayDeadline extendedDeadline) {
        return new Objection(id, status, objectorName, ground, statement, raisedOn, extendedDeadline, true,
                firstOutcome);
    }

    Objection decided(ObjectionStage stage, ObjectionOutcome outcome) {
        return stage == ObjectionStage.FIRST
                ? new Objection(id, Status.DECIDED, objectorName, ground, statement, raisedOn, deadline, extended,
                outcome)
                : with(Status.CLOSED, deadline);
    }

    Objection underReviewUntil(WorkingDayDeadline reviewDeadline) {
        return with(Status.UNDER_REVIEW, reviewDeadline);
    }

    private Objection with(Status newStatus, WorkingDayDeadline newDeadline) {
        return new Objection(id, newStatus, objectorName, ground, statement, raisedOn, newDeadline, extended,
                firstOutcome);
    }
}
