/** Commands of the official calendar: publishing a year. */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.core.calendar.command;
