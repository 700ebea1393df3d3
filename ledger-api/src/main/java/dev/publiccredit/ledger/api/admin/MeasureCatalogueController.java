package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.listing.JdbcMeasureCatalogueLoader;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.web.RequestIdFilter;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.policy.MeasureDefinition;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The joint measures catalogue as data: versions kept append-only in {@code joint_measure_catalogue} and
 * {@code joint_measure} with who published each (client id, request id; ADR 0015). A new version becomes current at
 * once for listings decided from then on; listings already stored keep the measures they applied ({@code
 * SubjectListed} holds them with the catalogue version).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/measures", produces = "application/json")
@Tag(name = "Administration")
public class MeasureCatalogueController {

    private static final Pattern VERSION = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final int MAX_TEXT = 500;
    private static final int MAX_MEASURES = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LedgerRules rules;
    private final Clock clock;

    public MeasureCatalogueController(JdbcClient jdbc, PlatformTransactionManager transactions, LedgerRules rules,
                                      Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.rules = rules;
        this.clock = clock;
    }

    /** One stored version: who published it and when (null for the version of migration V8), and its measures. */
    public record VersionView(String version, LocalDate effectiveFrom, String sourceDocument,
                              @Nullable String publishedBy, @Nullable String requestId, @Nullable Instant publishedAt,
                              List<MeasureDefinition> measures) {
    }

    public record CataloguesView(String current, List<VersionView> versions) {
    }

    public record PublicationView(boolean published, String current, VersionView version) {
    }

    @GetMapping
    @Operation(summary = "Every version of the joint measures catalogue, the current one first named",
            description = "Versions in publication order, each with who published it (client id, request id).")
    public CataloguesView versions() {
        List<String> names = jdbc.sql("SELECT version FROM joint_measure_catalogue ORDER BY published_seq")
                .query(String.class).list();
        return new CataloguesView(rules.current().listings().measures().version(),
                names.stream().map(v -> stored(v).orElseThrow()).toList());
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Publish a new version of the joint measures catalogue; it becomes current at once",
            description = "201 with the version stored (effective from today). Listings decided from then on apply "
                    + "it; listings already stored keep their measures. 200 with published=false when this version "
                    + "is already stored with exactly these measures (nothing is stored). 400 naming each bad field, "
                    + "including a version already published with other content: a version never changes.")
    public ResponseEntity<PublicationView> publish(@RequestBody MeasureCatalogueRequest body,
                                                   HttpServletRequest request) {
        List<FieldViolation> v = new ArrayList<>();
        String version = body.version() == null ? "" : body.version().strip();
        if (!VERSION.matcher(version).matches()) {
            v.add(new FieldViolation("version", "is required: 2 to 64 of a-z, 0-9, '.' and '-', e.g. "
                    + "cn-joint-measures-2027.1"));
        }
        String source = text("sourceDocument", body.sourceDocument(), v);
        List<MeasureDefinition> measures = measures(body.measures(), v);
        if (!v.isEmpty()) {
            throw new InvalidRecordContent(v);
        }
        MeasureCatalogue catalogue = new MeasureCatalogue(version, measures);
        Optional<VersionView> existing = stored(version);
        if (existing.isPresent()) {
            if (existing.get().measures().equals(catalogue.measures())
                    && existing.get().sourceDocument().equals(source)) {
                return ResponseEntity.ok(new PublicationView(false, rules.current().listings().measures().version(),
                        existing.get()));
            }
            throw new InvalidRecordContent(List.of(new FieldViolation("version",
                    "is already published with other measures; a published version never changes: use a new one")));
        }
        insert(catalogue, source, Caller.current().clientId(), RequestIdFilter.requestId(request));
        MeasureCatalogue current = rules.reload().listings().measures();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PublicationView(true, current.version(), stored(version).orElseThrow()));
    }

    private void insert(MeasureCatalogue catalogue, String source, String clientId, String requestId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO joint_measure_catalogue (version, effective_from, source, published_by,
                                                                 request_id, published_at)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (version) DO NOTHING""")
                    .params(catalogue.version(), LocalDate.now(clock), source, clientId, requestId,
                            Timestamp.from(clock.instant()))
                    .update();
            int ordinal = 0;
            for (MeasureDefinition m : catalogue.measures()) {
                jdbc.sql("""
                                INSERT INTO joint_measure (catalogue_version, listing_kind, code, ordinal, measure_type,
                                                           description, legal_basis, maximum_duration)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(catalogue.version(), m.kind().name(), m.code(), ++ordinal, m.type().name(),
                                m.description(), m.legalBasis(),
                                m.maximumDuration() == null ? null : m.maximumDuration().toString())
                        .update();
            }
        });
    }

    private Optional<VersionView> stored(String version) {
        record Row(LocalDate effectiveFrom, String source, @Nullable String publishedBy, @Nullable String requestId,
                   @Nullable Instant publishedAt) {
        }
        return jdbc.sql("""
                        SELECT effective_from, source, published_by, request_id, published_at
                        FROM joint_measure_catalogue WHERE version = ?""")
                .param(version)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("published_at");
                    return new Row(rs.getObject("effective_from", LocalDate.class), rs.getString("source"),
                            rs.getString("published_by"), rs.getString("request_id"),
                            at == null ? null : at.toInstant());
                })
                .optional()
                .map(row -> new VersionView(version, row.effectiveFrom(), row.source(), row.publishedBy(),
                        row.requestId(), row.publishedAt(),
                        new JdbcMeasureCatalogueLoader(jdbc).version(version).measures()));
    }

    private static List<MeasureDefinition> measures(@Nullable List<MeasureCatalogueRequest.@Nullable Measure> raw,
                                                    List<FieldViolation> v) {
        if (raw == null || raw.isEmpty() || raw.size() > MAX_MEASURES) {
            v.add(new FieldViolation("measures", "is required: 1 to " + MAX_MEASURES + " measures"));
            return List.of();
        }
        List<MeasureDefinition> measures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            MeasureCatalogueRequest.Measure m = raw.get(i);
            String at = "measures[" + i + "]";
            if (m == null) {
                v.add(new FieldViolation(at, "is required: a measure, not null"));
                continue;
            }
            int before = v.size();
            if (m.code() == null || !CODE.matcher(m.code()).matches()) {
                v.add(new FieldViolation(at + ".code", "is required: 2 to 64 of A-Z, 0-9 and '_', starting with a "
                        + "letter"));
            }
            if (m.kind() == null) {
                v.add(new FieldViolation(at + ".kind", "is required: the kind of listing that triggers it"));
            }
            if (m.type() == null) {
                v.add(new FieldViolation(at + ".type", "is required: RESTRICTION or INCENTIVE"));
            }
            String description = text(at + ".description", m.description(), v);
            String legalBasis = text(at + ".legalBasis", m.legalBasis(), v);
            Period duration = duration(at + ".maximumDuration", m.maximumDuration(), v);
            if (v.size() > before) {
                continue;
            }
            if (!seen.add(m.kind() + "/" + m.code())) {
                v.add(new FieldViolation(at + ".code", "is listed twice for " + m.kind()));
                continue;
            }
            measures.add(new MeasureDefinition(m.code(), m.kind(), m.type(), description, legalBasis, duration));
        }
        return measures;
    }

    private static String text(String field, @Nullable String raw, List<FieldViolation> v) {
        if (raw == null || raw.isBlank()) {
            v.add(new FieldViolation(field, "is required"));
            return "";
        }
        if (raw.strip().length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return raw.strip();
    }

    private static @Nullable Period duration(String field, @Nullable String raw, List<FieldViolation> v) {
        if (raw == null) {
            return null;
        }
        try {
            Period period = Period.parse(raw.strip());
            if (period.isNegative() || period.isZero() || period.toTotalMonths() > 1200 || period.getDays() > 36500) {
                v.add(new FieldViolation(field, "must be a positive period of at most 100 years, e.g. P3Y"));
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            v.add(new FieldViolation(field, "must be an ISO-8601 period such as P3Y or P6M"));
            return null;
        }
    }
}
