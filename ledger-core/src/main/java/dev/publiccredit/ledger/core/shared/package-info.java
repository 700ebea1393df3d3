/**
 * Shared value objects of the ledger domain, starting with the identifiers of credit subjects: the unified social
 * credit code of organisations (GB 32100-2015, with its embedded GB 11714 organisation code), the citizen ID number
 * of natural persons (GB 11643-1999) and the 15-digit business registration number of individual businesses that
 * have no credit code. Each identifier is a record that is valid by construction; {@code parse} methods first
 * normalise what people really type (surrounding and ideographic spaces, full-width characters, lower case), and
 * every rejection carries a short reason fit for an API error that never echoes the identifier itself, since a
 * citizen ID number is personal data.
 */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.core.shared;
