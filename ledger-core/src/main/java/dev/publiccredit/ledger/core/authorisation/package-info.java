/**
 * Subject authorisations (授权查询, credit-rules §6): the written authorisation of a subject that lets one department
 * see the subject's records of disclosure class AUTHORIZED, for a purpose, from a day until a day, until revoked. One
 * {@code SubjectAuthorisation} aggregate per authorisation; its events are in the tamper-evident log like every other.
 * See docs/disclosure.md and ADR 0013.
 */
@NullMarked
package dev.publiccredit.ledger.core.authorisation;

import org.jspecify.annotations.NullMarked;
