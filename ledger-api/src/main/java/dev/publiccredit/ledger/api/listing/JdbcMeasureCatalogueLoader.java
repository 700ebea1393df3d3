package dev.publiccredit.ledger.api.listing;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.policy.MeasureDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Loads the {@link MeasureCatalogue} from the tables of migrations V8 and V15: the version published last
 * ({@code published_seq}) and its measures in order. The data is checked again by
 * {@link MeasureDefinition} and {@link MeasureCatalogue}, so a bad row fails the start instead of a listing.
 */
public final class JdbcMeasureCatalogueLoader {

    private final JdbcClient jdbc;

    public JdbcMeasureCatalogueLoader(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public MeasureCatalogue load() {
        String version = jdbc.sql("SELECT version FROM joint_measure_catalogue ORDER BY published_seq DESC LIMIT 1")
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("joint_measure_catalogue holds no catalogue"));
        return version(version);
    }

    /** The catalogue {@code version} as stored (no measures if there is no such version). */
    public MeasureCatalogue version(String version) {
        List<MeasureDefinition> measures = jdbc.sql("""
                        SELECT code, listing_kind, measure_type, description, legal_basis, maximum_duration
                        FROM joint_measure WHERE catalogue_version = ? ORDER BY listing_kind, ordinal""")
                .param(version)
                .query((rs, n) -> {
                    String duration = rs.getString("maximum_duration");
                    return new MeasureDefinition(rs.getString("code"),
                            ListingKind.valueOf(rs.getString("listing_kind")),
                            MeasureType.valueOf(rs.getString("measure_type")), rs.getString("description"),
                            rs.getString("legal_basis"), duration == null ? null : Period.parse(duration));
                })
                .list();
        return new MeasureCatalogue(version, measures);
    }
}
