package dev.publiccredit.ledger.projections.listing;

/**
 * When a listing and its measures are in force on a day {@code :day}, as SQL conditions over {@code listing l} and
 * {@code listing_measure m}. A day is covered when it is on or after the start and before the end: the end date
 * itself (a listing's {@code ends_on}, {@code removed_on} or {@code expired_on}, a measure's {@code ends_on}) is the
 * first day out of force.
 */
final class ActiveOn {

    /** The listing is on the list on {@code :day}: listed by then, and not ended, removed or expired by then. */
    static final String LISTING = """
            l.listed_on IS NOT NULL AND l.listed_on <= :day
            AND (l.ends_on IS NULL OR :day < l.ends_on)
            AND (l.removed_on IS NULL OR :day < l.removed_on)
            AND (l.expired_on IS NULL OR :day < l.expired_on)""";

    /** A repair of the listing's basis record covers {@code :day}: its measures are lifted. */
    static final String LIFTED_BY_REPAIR = """
            EXISTS (SELECT 1 FROM listing_repair_relief r
                    WHERE r.record_id = l.basis_record_id AND r.relief_from <= :day
                      AND (r.relief_until IS NULL OR :day < r.relief_until))""";

    /** The measure applies on {@code :day}: its listing is in force, the day within its dates, no repair lifts it. */
    static final String MEASURE = LISTING + """

            AND m.starts_on <= :day AND (m.ends_on IS NULL OR :day < m.ends_on)
            AND NOT\s""" + LIFTED_BY_REPAIR;

    private ActiveOn() {
    }
}
