package dev.publiccredit.ledger.api.access;

/** What a logged read showed of the subject; stored in {@code access_log.view}. */
public enum AccessView {
    /** {@code GET /subjects/{code}/profile} */
    PROFILE,
    /** {@code GET /subjects/{code}/profile?asOf} */
    PROFILE_AS_OF,
    /** {@code GET /subjects/{code}/profile?validOn} */
    PROFILE_VALID_ON,
    /** {@code GET /subjects/{code}/events} */
    EVENT_HISTORY,
    /** {@code GET /subjects/{code}/measures} */
    MEASURES,
    /** {@code GET /records/{id}} */
    RECORD,
    /** {@code GET /records/{id}/disclosure-history} */
    DISCLOSURE_HISTORY,
    /** {@code GET /records/{id}/repair-notice} */
    REPAIR_NOTICE,
    /** {@code GET /objections/{id}} */
    OBJECTION,
    /** {@code GET /repair-applications/{id}} */
    REPAIR_APPLICATION,
    /** {@code GET /listings/{id}} */
    LISTING,
    /** {@code GET /public/subjects/{code}?asOf} */
    PUBLIC_VIEW_AS_OF,
    /** {@code GET /cases}: one entry for each subject on the page */
    CASE_QUEUE,
    /** {@code GET /subjects/{code}/access-log} */
    ACCESS_LOG
}
