package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingExpired;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingNoticeIssued;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.listing.event.ListingRemoved;
import dev.publiccredit.ledger.core.listing.event.SubjectListed;
import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds the listings, the measures they applied, and the repair relief of the records they rest on. Every handler
 * is idempotent: rows are keyed by listing, measure code and repair application, and a state only moves forward
 * (a listing decision handled again does not revive a removed listing).
 */
@Component
@ProcessingGroup(ListingProjector.GROUP)
public class ListingProjector {

    public static final String GROUP = "listings";

    private final JdbcClient jdbc;

    public ListingProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ListingNoticeIssued event) {
        entry(jdbc.sql("""
                        INSERT INTO listing (listing_id, kind, status, subject_code, subject_kind, subject_name,
                               department, source_listing_id, basis_record_id, grounds, legal_basis,
                               removal_conditions, notice_document_number, noticed_on, answer_due_on,
                               earliest_decision_on, rule_set, created_at, last_changed_at)
                        VALUES (:id, :kind, 'NOTICE', :subjectCode, :subjectKind, :subjectName, :department,
                               :sourceListingId, :basis, :grounds, :legalBasis, :conditions, :document, :noticedOn,
                               :answerDueOn, :earliestDecisionOn, :ruleSet, :at, :at)
                        ON CONFLICT (listing_id) DO NOTHING"""), event.listingId(), event.kind(), event.particulars(),
                event.removalConditions(), event.ruleSet(), event.recordedAt())
                .param("document", event.noticeDocumentNumber())
                .param("noticedOn", date(event.noticedOn()))
                .param("answerDueOn", date(event.waitingPeriod().dueOn()))
                .param("earliestDecisionOn", date(event.earliestDecisionOn()))
                .update();
    }

    @EventHandler
    void on(SubjectListed event) {
        entry(jdbc.sql("""
                        INSERT INTO listing (listing_id, kind, status, subject_code, subject_kind, subject_name,
                               department, source_listing_id, basis_record_id, grounds, legal_basis,
                               removal_conditions, decision_document_number, listed_on, period_months, ends_on,
                               earliest_early_removal_on, catalogue_version, rule_set, created_at, last_changed_at)
                        VALUES (:id, :kind, 'LISTED', :subjectCode, :subjectKind, :subjectName, :department,
                               :sourceListingId, :basis, :grounds, :legalBasis, :conditions, :document, :listedOn,
                               :months, :endsOn, :earliestEarlyRemovalOn, :catalogue, :ruleSet, :at, :at)
                        ON CONFLICT (listing_id) DO UPDATE SET
                               status = CASE WHEN listing.status = 'NOTICE' THEN 'LISTED' ELSE listing.status END,
                               removal_conditions = EXCLUDED.removal_conditions,
                               decision_document_number = EXCLUDED.decision_document_number,
                               listed_on = EXCLUDED.listed_on, period_months = EXCLUDED.period_months,
                               ends_on = EXCLUDED.ends_on,
                               earliest_early_removal_on = EXCLUDED.earliest_early_removal_on,
                               catalogue_version = EXCLUDED.catalogue_version, rule_set = EXCLUDED.rule_set,
                               last_changed_at = GREATEST(listing.last_changed_at, EXCLUDED.last_changed_at)"""),
                event.listingId(), event.kind(), event.particulars(), event.removalConditions(), event.ruleSet(),
                event.recordedAt())
                .param("document", event.decisionDocumentNumber())
                .param("listedOn", date(event.listedOn()))
                .param("months", event.periodMonths())
                .param("endsOn", date(event.endsOn()))
                .param("earliestEarlyRemovalOn", date(event.earliestEarlyRemovalOn()))
                .param("catalogue", event.catalogueVersion())
                .update();
        List<AppliedMeasure> measures = event.measures();
        for (int i = 0; i < measures.size(); i++) {
            AppliedMeasure m = measures.get(i);
            jdbc.sql("""
                            INSERT INTO listing_measure (listing_id, code, ordinal, measure_type, description,
                                   legal_basis, starts_on, ends_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (listing_id, code) DO NOTHING""")
                    .params(event.listingId().value(), m.code(), i, m.type().name(), m.description(),
                            m.legalBasis(), date(m.startsOn()), date(m.endsOn()))
                    .update();
        }
    }

    @EventHandler
    void on(ListingRemoved event) {
        jdbc.sql("""
                        UPDATE listing SET status = 'REMOVED', removal_reason = ?, removal_explanation = ?,
                               removed_on = ?, objection_id = ?, last_changed_at = ?
                        WHERE listing_id = ?""")
                .params(event.reason().name(), event.explanation(), date(event.removedOn()),
                        event.objectionId() == null ? null : event.objectionId().value(),
                        Timestamp.from(event.recordedAt()), event.listingId().value())
                .update();
    }

    @EventHandler
    void on(ListingExpired event) {
        jdbc.sql("UPDATE listing SET status = 'EXPIRED', expired_on = ?, last_changed_at = ? WHERE listing_id = ?")
                .params(date(event.expiredOn()), Timestamp.from(event.recordedAt()), event.listingId().value())
                .update();
    }

    /** A repair (temporary or not) lifts the measures of listings resting on the record from the grant date. */
    @EventHandler
    void on(RepairGranted event) {
        jdbc.sql("""
                        INSERT INTO listing_repair_relief (record_id, application_id, temporary, relief_from)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (record_id, application_id) DO NOTHING""")
                .params(event.recordId().value(), event.applicationId().value(), event.temporary(),
                        date(event.grantedOn()))
                .update();
    }

    /** A revoked repair ends the relief: the measures apply again from the revocation date. */
    @EventHandler
    void on(RepairRevoked event) {
        relief(event.recordId().value(), event.applicationId().value(),
                "relief_until = ?", date(event.revokedOn()));
    }

    /** Temporary measures made final: the relief stays for good. */
    @EventHandler
    void on(RepairFinalised event) {
        relief(event.recordId().value(), event.applicationId().value(),
                "finalised_on = ?", date(event.finalisedOn()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM listing_measure").update();
        jdbc.sql("DELETE FROM listing").update();
        jdbc.sql("DELETE FROM listing_repair_relief").update();
    }

    /** Binds what every listing row holds: its id, kind, particulars, conditions, rule set and time. */
    private static JdbcClient.StatementSpec entry(JdbcClient.StatementSpec statement, ListingId id, ListingKind kind,
                                                  ListingParticulars p, String removalConditions, String ruleSet,
                                                  Instant at) {
        return statement.param("id", id.value())
                .param("kind", kind.name())
                .param("subjectCode", p.subject().code())
                .param("subjectKind", p.subject().kind().name())
                .param("subjectName", p.subject().name())
                .param("department", p.department().value())
                .param("sourceListingId", p.sourceListingId())
                .param("basis", p.basisRecordId() == null ? null : p.basisRecordId().value())
                .param("grounds", p.grounds())
                .param("legalBasis", p.legalBasis())
                .param("conditions", removalConditions)
                .param("ruleSet", ruleSet)
                .param("at", Timestamp.from(at));
    }

    private void relief(UUID recordId, UUID applicationId, String assignment, Date day) {
        jdbc.sql("UPDATE listing_repair_relief SET " + assignment + " WHERE record_id = ? AND application_id = ?")
                .params(day, recordId, applicationId)
                .update();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
