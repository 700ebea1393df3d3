/** Events of the official calendar: each publication of a year's holidays and make-up working days. */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.core.calendar.event;
