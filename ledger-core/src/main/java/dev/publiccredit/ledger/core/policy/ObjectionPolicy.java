package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;

import java.time.LocalDate;

/**
 * Deadlines for answering objections (异议), in working days. The national rules set none; the defaults follow
 * Zhejiang art. 31 (credit-rules §4): decide within 5 working days of the objection, extendable once, with a reason,
 * to 20 working days in total; a review (复核) is decided within 5 working days of the request [U: no text sets the
 * review limit; the first-decision limit is reused]. All three are configuration; {@code ruleSet} names the set and is
 * stored with every deadline decided.
 */
public final class ObjectionPolicy {

    public static final String DEFAULT_RULE_SET = "cn-objection-zj31-2026.1";

    private final WorkingDayCalendar calendar;
    private final int decisionWorkingDays;
    private final int extendedWorkingDays;
    private final int reviewWorkingDays;
    private final String ruleSet;

    public ObjectionPolicy(WorkingDayCalendar calendar, int decisionWorkingDays, int extendedWorkingDays,
                           int reviewWorkingDays, String ruleSet) {
        if (decisionWorkingDays < 1 || reviewWorkingDays < 1) {
            throw new IllegalArgumentException("objection deadlines need at least one working day");
        }
        if (extendedWorkingDays < decisionWorkingDays) {
            throw new IllegalArgumentException("an extended deadline cannot be shorter than the first one");
        }
        if (ruleSet.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        this.calendar = calendar;
        this.decisionWorkingDays = decisionWorkingDays;
        this.extendedWorkingDays = extendedWorkingDays;
        this.reviewWorkingDays = reviewWorkingDays;
        this.ruleSet = ruleSet;
    }

    public static ObjectionPolicy defaults(WorkingDayCalendar calendar) {
        return new ObjectionPolicy(calendar, 5, 20, 5, DEFAULT_RULE_SET);
    }

    /** The first decision deadline of an objection raised on {@code raisedOn}. */
    public WorkingDayDeadline decisionDeadline(LocalDate raisedOn) {
        return WorkingDayDeadline.after(calendar, raisedOn, decisionWorkingDays);
    }

    /** The extended decision deadline: the total counts from the day the objection was raised. */
    public WorkingDayDeadline extendedDeadline(LocalDate raisedOn) {
        return WorkingDayDeadline.after(calendar, raisedOn, extendedWorkingDays);
    }

    /** The deadline for deciding a review requested on {@code requestedOn}. */
    public WorkingDayDeadline reviewDeadline(LocalDate requestedOn) {
        return WorkingDayDeadline.after(calendar, requestedOn, reviewWorkingDays);
    }

    public String ruleSet() {
        return ruleSet;
    }
}
