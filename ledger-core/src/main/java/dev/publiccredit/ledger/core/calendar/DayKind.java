package dev.publiccredit.ledger.core.calendar;

/** What an entry of the official calendar says about its date. */
public enum DayKind {

    /** A day off of a statutory holiday block (放假), including the weekend days inside the block. */
    HOLIDAY,

    /** A Saturday or Sunday worked in lieu of a weekday inside a holiday block (调休上班). */
    MAKE_UP_WORKDAY
}
