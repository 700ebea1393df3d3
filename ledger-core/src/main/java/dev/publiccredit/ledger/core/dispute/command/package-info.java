/**
 * Commands of objections (异议) and credit repair (信用修复). They go to the credit record they concern, which
 * decides them; opening a case answers a {@link dev.publiccredit.ledger.core.dispute.command.CaseOpened}.
 */
@NullMarked
package dev.publiccredit.ledger.core.dispute.command;

import org.jspecify.annotations.NullMarked;
