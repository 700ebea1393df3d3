package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.policy.PublicityPeriod;
import dev.publiccredit.ledger.core.shared.Severity;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * The ledger's tunable rules and limits. Defaults are in application.yml with their sources; see docs/configuration.md.
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(Publicity publicity, DoublePublicity doublePublicity, Api api, Objection objection,
                               Repair repair, Sweep sweep, Listing listing, Audit audit,
                               @DefaultValue Authorisation authorisation, AccessLog accessLog,
                               Batch batch) {

    /** Publicity periods by severity (credit-rules §3), and the name and version of that rule set. */
    public record Publicity(String ruleSet, Map<Severity, Range> periods) {
    }

    public record Range(Period minimum, Period maximum) {
        public PublicityPeriod toPolicy() {
            return new PublicityPeriod(minimum, maximum);
        }
    }

    /** Working days to publish a decision (双公示) and to withdraw a revoked one. */
    public record DoublePublicity(@DefaultValue("7") int publicationWorkingDays,
                                  @DefaultValue("3") int withdrawalWorkingDays) {
    }

    /**
     * Objection deadlines in working days (credit-rules §4, Zhejiang art. 31).
     *
     * @param decisionWorkingDays first decision, counted from the day the objection was raised
     * @param extendedWorkingDays the one extension, in total from the day the objection was raised
     * @param reviewWorkingDays   decision on the review (复核), counted from its request
     */
    public record Objection(@DefaultValue("cn-objection-zj31-2026.1") String ruleSet,
                            @DefaultValue("5") int decisionWorkingDays,
                            @DefaultValue("20") int extendedWorkingDays,
                            @DefaultValue("5") int reviewWorkingDays) {
    }

    /**
     * Credit repair (credit-rules §3, 22号).
     *
     * @param acceptanceWorkingDays       accept or turn down an application, counted from the application
     * @param decisionWorkingDays         decide, counted from acceptance
     * @param nonRepairableViolationTypes violation types (违法行为类型) that a law or Central policy bars from repair
     */
    public record Repair(@DefaultValue("cn-credit-repair-22-2026.1") String ruleSet,
                         @DefaultValue("3") int acceptanceWorkingDays,
                         @DefaultValue("10") int decisionWorkingDays,
                         @DefaultValue java.util.Set<String> nonRepairableViolationTypes) {
    }

    /**
     * Lists (credit-rules §5, 国办发〔2020〕49号).
     *
     * @param noticeWorkingDays   working days a subject has to answer the prior notice of a serious-dishonesty listing;
     *                            the decision may be taken from the day after [U]
     * @param maximumPeriods      the longest listing per kind, in whole months or years (also the period when none is
     *                            asked for); a kind without an entry is listed until removed (business anomaly)
     * @param earlyRemovalMinimum time on the serious-dishonesty list before early removal (SAMR 令第44号 practice [U])
     */
    public record Listing(@DefaultValue("cn-listing-49-2026.1") String ruleSet,
                          @DefaultValue("5") int noticeWorkingDays,
                          @Nullable Map<ListingKind, Period> maximumPeriods,
                          @DefaultValue("P1Y") Period earlyRemovalMinimum) {
    }

    /**
     * The sweep that ends what has expired (publicity windows, listing periods) by idempotent commands.
     *
     * @param interval time between sweeps; each instance sweeps, and the aggregates keep the outcome exactly once
     * @param batchSize most items handled per sweep
     */
    public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration interval,
                        @DefaultValue("500") int batchSize) {
    }

    /**
     * Subject authorisations (docs/disclosure.md).
     *
     * @param maximumValidity the longest an authorisation may run, from its first to its last day (no national rule)
     */
    public record Authorisation(@DefaultValue("P1Y") Period maximumValidity) {
    }

    /**
     * The tamper-evident log (docs/audit.md).
     *
     * @param signingKey       the Ed25519 key that signs tree heads, PKCS#8 in base64; when blank, the key in
     *                         {@code keyFile} (created with a new key at the first start)
     * @param keyFile          where the generated key is kept when no key is configured
     * @param treeHeadInterval time between two scheduled tree heads; a head is issued only when the log has grown
     */
    public record Audit(@DefaultValue("") String signingKey, @DefaultValue("data/audit-signing-key") String keyFile,
                        @DefaultValue("60s") Duration treeHeadInterval) {
    }

    /**
     * The query log (docs/audit.md, ADR 0014).
     *
     * @param retention     how long an entry is kept (Zhejiang art. 20: 10 years); older entries are purged, their
     *                      leaves stay in the Merkle log
     * @param leafInterval  time between two runs of the appender that gives new entries their leaves
     * @param purgeEnabled  whether this instance purges entries past the retention (off in tests, which run it)
     * @param purgeInterval time between two purges
     */
    public record AccessLog(@DefaultValue("P10Y") Period retention, @DefaultValue("1s") Duration leafInterval,
                            @DefaultValue("true") boolean purgeEnabled, @DefaultValue("1h") Duration purgeInterval) {
    }

    /**
     * Bulk ingest of files (POST /api/v1/batches, docs/ingest.md).
     *
     * @param maxUploadBytes  largest file accepted (413 above); JSON bodies keep {@code api.max-request-bytes}
     * @param maxRows         most records in one file, the heading row not counted (413 above: nothing is stored)
     * @param chunkSize       records appended to the event store in one transaction
     * @param spoolDirectory  where uploads are kept while they wait and run; each file is deleted when its batch ends
     * @param workers         batches processed at the same time
     * @param queueCapacity   batches received and waiting for a worker (503 above)
     * @param staleAfter      a batch running or waiting without progress for this long was interrupted (a crash):
     *                        it is shown as FAILED and may be uploaded again
     */
    public record Batch(@DefaultValue("536870912") long maxUploadBytes, @DefaultValue("1000000") long maxRows,
                        @DefaultValue("1000") int chunkSize, @DefaultValue("data/batches") String spoolDirectory,
                        @DefaultValue("1") int workers, @DefaultValue("8") int queueCapacity,
                        @DefaultValue("5m") Duration staleAfter) {
    }

    /**
     * @param maxRequestBytes    largest request body accepted by the record endpoints
     * @param awaitPositionLimit longest a read waits for the projections to reach a requested position
     * @param submissionWriters   threads storing the records submitted one by one, each a group of them per
     *                            transaction (ADR 0026)
     * @param submissionGroupSize most records one of those transactions takes
     */
    public record Api(@DefaultValue("1048576") long maxRequestBytes,
                      @DefaultValue("10s") Duration awaitPositionLimit,
                      @DefaultValue("1") int submissionWriters,
                      @DefaultValue("100") int submissionGroupSize) {

        public Api {
            if (submissionWriters < 1 || submissionGroupSize < 1) {
                throw new IllegalArgumentException(
                        "ledger.api.submission-writers and ledger.api.submission-group-size must be at least 1");
            }
        }
    }
}
